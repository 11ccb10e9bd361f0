using System.Text.RegularExpressions;
namespace Attribution.Api.Extraction;

/// <summary>
/// The quotations of a text and where its sentences and clauses begin. A quotation is one unit: full stops inside it
/// do not end the writer's sentence, unless the quotation itself ends one ("… do it." Trump also said).
/// </summary>
internal sealed partial class TextLayout
{
    public string Text { get; }
    public IReadOnlyList<Quotation> Quotes { get; }
    private readonly List<int> sentences = [0];
    private readonly List<int> clauses = [0];
    private readonly List<int> lineBreaks = [];

    public TextLayout(string text)
    {
        Text = text;
        Quotes = QuoteMarks.Find(text);
        for (var n = text.IndexOf('\n'); n >= 0; n = text.IndexOf('\n', n + 1)) lineBreaks.Add(n);
        var q = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (q < Quotes.Count && i == Quotes[q].Open)
            {
                var quote = Quotes[q++];
                i = quote.Close;
                if (quote.End > quote.Start && EndsSentence(text[quote.Start..quote.End])) Break(i + 1, sentence: true, needCapital: true);
                continue;
            }
            switch (text[i])
            {
                case '\n':
                    Break(i, sentence: true, needCapital: false);
                    break;
                case '.' when !IsAbbreviation(text, i) || EndsAfterAbbreviation(text, i):
                case '!' or '?':
                    var after = i + 1;
                    while (after < text.Length && text[after] is ')' or ']' or '\'' or '\u2019') after++;
                    Break(after, sentence: true, needCapital: true);
                    break;
                case ';':
                    Break(i + 1, sentence: false, needCapital: false);
                    break;
            }
        }
    }

    private void Break(int from, bool sentence, bool needCapital)
    {
        var next = from;
        if (next < Text.Length && !char.IsWhiteSpace(Text[next])) return;
        while (next < Text.Length && char.IsWhiteSpace(Text[next])) next++;
        if (next >= Text.Length) return;
        if (needCapital && !(char.IsUpper(Text[next]) || char.IsDigit(Text[next]) || IsOpeningMark(Text[next]))) return;
        if (sentence && sentences[^1] < next) sentences.Add(next);
        if (clauses[^1] < next) clauses.Add(next);
    }

    /// <summary>Whether quoted words end a sentence: ".", "!", "?", also bracketed by an editor ("victims[.]").</summary>
    public static bool EndsSentence(string content)
    {
        var trimmed = content.TrimEnd();
        return trimmed.Length > 0 && (trimmed[^1] is '.' or '!' or '?' || trimmed.EndsWith("[.]", StringComparison.Ordinal));
    }

    private static bool IsOpeningMark(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '\'' or '\u2014' or '\u2013';

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an initial ("M."), a dotted acronym ("U.S.") or an
    /// abbreviation ("Rep."), not a sentence.</summary>
    public static bool IsAbbreviation(string text, int dot)
    {
        var word = WordBefore(text, dot);
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "James M. Dorsey"
        if (word.Length >= 3 && word.Split('.').All(letter => letter.Length == 1 && char.IsUpper(letter[0]))) return true; // "B.C.", "U.K."
        return Lexicon.Abbreviations.Contains(word.TrimEnd('.'));
    }

    /// <summary>Whether an abbreviation's full stop also ends a sentence: "Washington, D.C. They also said", "at 9 a.m. The
    /// police …" (a pronoun, a determiner or an opening adverb follows); never an initial's or a title's ("Rep. The").</summary>
    private static bool EndsAfterAbbreviation(string text, int dot)
    {
        var word = WordBefore(text, dot).TrimEnd('.');
        if (word.Length < 2 || Lexicon.Titles.Contains(word)) return false;
        var next = NextWord().Match(text, dot + 1);
        var after = next.Groups["word"].Value;
        return next.Success && (after is "He" or "She" or "They" or "It" or "We" or "I" or "The" or "This" or "These" or "Those"
                                || Lexicon.SentenceOpeners.Contains(after));
    }

    /// <summary>The letters and dots right before a full stop: "U.S", "Rep", "M".</summary>
    private static string WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        return text[start..dot];
    }

    [GeneratedRegex(@"\G\s+(?<word>\p{Lu}\p{Ll}*)\b")]
    private static partial Regex NextWord();

    /// <summary>The sentence around index <paramref name="i"/>, end exclusive.</summary>
    public (int Start, int End) SentenceAt(int i) => Around(sentences, i);

    /// <summary>The clause around index <paramref name="i"/>: a sentence, or a part of it between semicolons.</summary>
    public (int Start, int End) ClauseAt(int i) => Around(clauses, i);

    /// <summary>The index of the last line break at or before <paramref name="i"/>, or -1 (as <c>Text.LastIndexOf('\n', i)</c>,
    /// in the logarithm of the number of lines rather than the length of the text).</summary>
    public int LineBreakAtOrBefore(int i) => Sorted.Prefix(lineBreaks, n => n <= i) is > 0 and var count ? lineBreaks[count - 1] : -1;

    public IEnumerable<(int Start, int End)> Clauses() => clauses.Select((start, n) => (start, n + 1 < clauses.Count ? clauses[n + 1] : Text.Length));

    private (int Start, int End) Around(List<int> starts, int i)
    {
        var n = starts.BinarySearch(i);
        if (n < 0) n = ~n - 1;
        return (starts[n], n + 1 < starts.Count ? starts[n + 1] : Text.Length);
    }

    /// <summary>Whether a quotation lies (partly) in the range.</summary>
    public bool HasQuoteIn(int start, int end)
    {
        var i = Count(q => q.Close < start); // quotations do not nest, so their closes are in order too
        return i < Quotes.Count && Quotes[i].Open < end;
    }

    /// <summary>The last quotation that opens in the range, if any.</summary>
    public Quotation? LastQuoteOpeningIn(int start, int end)
    {
        var i = Count(q => q.Open < end) - 1;
        return i >= 0 && Quotes[i].Open >= start ? Quotes[i] : null;
    }

    private int Count(Func<Quotation, bool> prefix) => Sorted.Prefix(Quotes, prefix);
}
