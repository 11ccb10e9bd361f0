namespace Attribution.Api.Extraction;

/// <summary>A quotation in a text: the UTF-16 index of its opening and closing marks, and its content between them
/// (white space inside the marks trimmed, as after a French guillemet).</summary>
internal readonly record struct Quotation(int Open, int Close, int Start, int End);

/// <summary>
/// Pairs quotation marks: curly “…” and ‘…’, low „…“, angle «…» and straight "…". A quote left open at the end of a
/// paragraph goes on when the next paragraph opens with a mark (the newspaper convention for long quotes), or when it
/// and up to five more open none and the last of them ends with the closing mark; it ends with its paragraph when it runs on from a quotation closed in that paragraph
/// (a forgotten closing mark), and with the text when it is a statement a colon announced; else it is dropped. Single marks count in a text with no double marks (British style), in its headline, and elsewhere
/// around a short fragment of one sentence ('human error'); never inside a word; straight single marks around more
/// than a fragment only where no curly ones are used.
/// </summary>
internal static class QuoteMarks
{
    public static List<Quotation> Find(string text)
    {
        // Single marks are quotation marks in a British-style text, and in a headline whatever the style (headlines use them).
        // Straight single marks are apostrophes as often as not: they count in a headline, and in a text typed with no other
        // quotation marks at all.
        var headlineEnd = HeadlineEnd(text);
        var noDoubles = text.IndexOfAny(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']) < 0;
        var singlesUntil = noDoubles ? text.Length : headlineEnd;
        var straightUntil = noDoubles && text.IndexOfAny(['\u2018', '\u2019']) < 0 ? text.Length : headlineEnd;
        var found = new List<Quotation>();
        var open = -1;
        var opener = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (IsOpening(text, i, i < singlesUntil, i < straightUntil)) { open = i; opener = c; }
                else if (ShortSingle(text, i) is { } close)
                {
                    found.Add(new Quotation(i, close, i + 1, close));
                    i = close;
                }
                continue;
            }
            if (c == '\n')
            {
                // ("… the public.“\n\nI stand …”": a mark that ends its paragraph opens the next one.)
                if (text.AsSpan(open + 1, i - open - 1).IsWhiteSpace()) continue;
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next < text.Length && Family(text[next]) == Family(opener) && IsOpening(text, next, next < singlesUntil, next < straightUntil)) { i = next; continue; }
                if (ClosesUnopened(text, next, opener)) { i = next - 1; continue; }
                if ((RunsOnUnclosed(text, found, open, i) ?? (text.AsSpan(i).IsWhiteSpace() && Announced(text, open) ? SentenceBetween(text, open, i) : null)) is { } content)
                    found.Add(content);
                open = -1;
                continue;
            }
            if (IsClosing(text, i, opener) || MisturnedClosing(text, i, opener))
            {
                if (Between(text, open, i) is { } quotation) found.Add(quotation);
                open = -1;
            }
        }
        // (At the very end of the text its last character, the sentence's full stop, stands for the mark.)
        if (open >= 0 && text.TrimEnd().Length - 1 is var last && last > open && text[last] is '.' or '!' or '?' && Announced(text, open)
            && Between(text, open, last) is { } statement) found.Add(statement);
        return found;
    }

    /// <summary>Whether the mark at <paramref name="open"/> opens a paragraph that one ending in a colon announces ("…
    /// released the following statement:"): a statement left open from there to the end of the text is one whose closing
    /// mark the writer forgot.</summary>
    private static bool Announced(string text, int open)
    {
        var paragraph = text.LastIndexOf('\n', open) + 1;
        if (paragraph == 0 || !text.AsSpan(paragraph, open - paragraph).IsWhiteSpace()) return false;
        var before = text.AsSpan(0, paragraph).TrimEnd();
        return before.Length > 0 && before[^1] == ':';
    }

    /// <summary>Whether the paragraph at <paramref name="start"/> goes on with a quotation the paragraph before left open:
    /// it, and the paragraphs up to the one that ends with the closing mark, open no quotation of their own (a long quote
    /// whose writer did not reopen it in each paragraph).</summary>
    private static bool ClosesUnopened(string text, int start, char opener)
    {
        // ("“A …\n\nB …\n\nC …”": the closing mark may end a later paragraph, those between holding no mark; a few at most.)
        for (var paragraphs = 0; paragraphs < 6 && start < text.Length; paragraphs++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var next = end;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end <= start) return false;
            for (var j = start; j < end - 1; j++)
                if (Family(text[j]) == Family(opener) && (IsOpening(text, j, true, true) || IsClosing(text, j, opener))) return false;
            if (IsClosing(text, end - 1, opener)) return true;
            if (Family(text[end - 1]) == Family(opener)) return false;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            start = next;
        }
        return false;
    }

    /// <summary>A quotation left open at the end of its paragraph, the next not going on with it, is closed there when it
    /// runs on from one closed in the same paragraph ("“…,” said Jane Roe. “… the last sentence." and a new paragraph: a
    /// closing mark the writer forgot), and the paragraph ends a sentence; else null. <paramref name="newline"/> stands
    /// for the closing mark.</summary>
    private static Quotation? RunsOnUnclosed(string text, List<Quotation> found, int open, int newline)
    {
        var paragraph = text.LastIndexOf('\n', open) + 1;
        if (found.Count == 0 || found[^1].Close < paragraph) return null;
        return SentenceBetween(text, open, newline);
    }

    /// <summary><see cref="Between"/>, when what is inside ends a sentence; else null.</summary>
    private static Quotation? SentenceBetween(string text, int open, int close) =>
        Between(text, open, close) is { } quotation && text[quotation.End - 1] is '.' or '!' or '?' ? quotation : null;

    /// <summary>The quotation between an opening mark and its closing one, white space inside them left out; null when
    /// nothing else is inside.</summary>
    private static Quotation? Between(string text, int open, int close)
    {
        var start = open + 1;
        var end = close;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > start ? new Quotation(open, close, start, end) : null;
    }

    /// <summary>An opening curly mark typed for the closing one: after the last sentence of an open quotation and a space,
    /// with nothing after it in its paragraph ("… of this regional asset. “" and a new paragraph).</summary>
    private static bool MisturnedClosing(string text, int i, char opener)
    {
        if (opener != '\u201C' || text[i] != '\u201C' || i < 2 || text[i - 1] != ' ' || text[i - 2] is not ('.' or '!' or '?' or ',')) return false;
        var end = i + 1;
        while (end < text.Length && text[end] is ' ' or '\t' or '\r') end++;
        return end == text.Length || text[end] == '\n';
    }

    /// <summary>The end of the text's first line when it is a headline: short, with no closing punctuation, and set off from
    /// what follows by a blank line. 0 when there is none.</summary>
    private static int HeadlineEnd(string text)
    {
        var end = text.IndexOf('\n');
        if (end is <= 0 or > 200) return 0;
        var line = text.AsSpan(0, end).TrimEnd();
        if (line.Length == 0 || line[^1] is '.' or ':' or ';' or ',') return 0;
        var next = end + 1;
        while (next < text.Length && text[next] is ' ' or '\t' or '\r') next++;
        return next < text.Length && text[next] == '\n' ? end : 0;
    }

    /// <summary>Outside double quotes, single marks around a few words of one sentence are a quotation too
    /// ("blamed 'human error'", "cited ‘human error’"): the closing mark of a short fragment, else null. Longer spans
    /// are left alone, where an apostrophe ("the '90s", "the players' union") is likelier than a quotation.</summary>
    private static int? ShortSingle(string text, int i)
    {
        const int MaxLength = 60;
        var c = text[i];
        if (c is not ('\'' or '\u2018') || i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '\'' or '\u2019')
            || i + 1 >= text.Length || !char.IsLetter(text[i + 1])) return null;
        for (var j = i + 2; j < Math.Min(text.Length, i + MaxLength); j++)
        {
            if (text[j] is '\n' or '"' or '\u201C' or '\u201D' || text[j] is '.' or '!' or '?' && j + 1 < text.Length && char.IsWhiteSpace(text[j + 1])) return null;
            if (IsClosing(text, j, c) && char.IsLetterOrDigit(text[j - 1])
                && (j + 1 >= text.Length || !char.IsLetterOrDigit(text[j + 1]))) return j;
        }
        return null;
    }

    private static int Family(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' => 2,
        '\u00AB' or '\u00BB' => 3,
        '\u2018' or '\u2019' or '\'' => 1,
        _ => 0,
    };

    private static bool IsOpening(string text, int i, bool singles, bool straightSingles)
    {
        var c = text[i];
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' => true,
            '"' => !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            '\u2018' => singles && !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            '\'' => straightSingles && !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            _ => false,
        };
    }

    private static bool IsClosing(string text, int i, char opener)
    {
        var c = text[i];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return opener switch
        {
            '\u201C' => c is '\u201D' or '"',
            '\u201E' => c is '\u201C' or '\u201D' or '"',
            '\u00AB' => c == '\u00BB',
            '"' => c is '"' or '\u201D',
            '\u2018' => c == '\u2019' && !char.IsLetter(after),
            // "the owners' offer" inside a quotation: a plural possessive, not the closing mark.
            '\'' => c == '\'' && !char.IsLetter(after) && !(text[i - 1] == 's' && after == ' ' && i + 2 < text.Length && char.IsLower(text[i + 2])),
            _ => false,
        };
    }
}
