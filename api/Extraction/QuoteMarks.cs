namespace Attribution.Api.Extraction;

/// <summary>A quotation in a text: the UTF-16 index of its opening and closing marks, and its content between them
/// (white space inside the marks trimmed, as after a French guillemet).</summary>
internal readonly record struct Quotation(int Open, int Close, int Start, int End);

/// <summary>
/// Pairs quotation marks: curly “…” and ‘…’, low „…“, angle «…» and straight "…". A quote left open at the end of a
/// paragraph goes on when the next paragraph opens with a mark (the newspaper convention for long quotes); else it
/// is dropped. Single marks count only in a text with no double marks (British style), and never inside a word.
/// </summary>
internal static class QuoteMarks
{
    public static List<Quotation> Find(string text)
    {
        var singles = text.IndexOfAny(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']) < 0;
        var found = new List<Quotation>();
        var open = -1;
        var opener = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (IsOpening(text, i, singles)) { open = i; opener = c; }
                continue;
            }
            if (c == '\n')
            {
                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (next < text.Length && Family(text[next]) == Family(opener) && IsOpening(text, next, singles)) { i = next; continue; }
                open = -1;
                continue;
            }
            if (IsClosing(text, i, opener))
            {
                var start = open + 1;
                var end = i;
                while (start < end && char.IsWhiteSpace(text[start])) start++;
                while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
                if (end > start) found.Add(new Quotation(open, i, start, end));
                open = -1;
            }
        }
        return found;
    }

    private static int Family(char c) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u201E' => 2,
        '\u00AB' or '\u00BB' => 3,
        '\u2018' or '\u2019' => 1,
        _ => 0,
    };

    private static bool IsOpening(string text, int i, bool singles)
    {
        var c = text[i];
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return c switch
        {
            '\u201C' or '\u201E' or '\u00AB' => true,
            '"' => !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
            '\u2018' => singles && !char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after),
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
            _ => false,
        };
    }
}
