namespace Attribution.Api.Search;

/// <summary>
/// How well a circulating text matches a stored quote, word by word: a local alignment (Smith-Waterman) of the
/// query's words against the quote's, where a word also matches a typo of itself. Dropped, added, replaced and
/// swapped words cost a little each; the score is the alignment's value per query word, from 0 to 1.
/// </summary>
public static class WordAlignment
{
    private const double Match = 1.0, TypoMatch = 0.8, Mismatch = -0.6, Gap = -0.4;

    public readonly record struct Result(double Score, bool Exact);

    public enum Step
    {
        /// <summary>The same word (or a typo of it).</summary>
        Same,
        /// <summary>A word of the query in place of a word of the text.</summary>
        Changed,
        /// <summary>A word of the query the text does not have.</summary>
        Added,
        /// <summary>A word of the text the query leaves out.</summary>
        Dropped,
    }

    /// <summary>One step of an alignment: indices into the query and the text (-1 where that side has no word).</summary>
    public readonly record struct Operation(Step Step, int QueryIndex, int TextIndex);

    /// <summary>The best local alignment: its score, and the steps from its first to its last aligned word.</summary>
    public sealed record Alignment(double Score, bool Exact, IReadOnlyList<Operation> Operations);

    /// <param name="query">The words of the text going around.</param>
    /// <param name="text">The words of a stored quote.</param>
    /// <param name="typos">Remembers which word pairs are typos of each other, across the texts compared to one query.</param>
    public static Result Compare(IReadOnlyList<string> query, IReadOnlyList<string> text, Dictionary<(string, string), bool>? typos = null)
    {
        if (query.Count == 0 || text.Count == 0) return new(0, false);
        if (ContainsRun(text, query)) return new(1, true);
        var alignment = Align(query, text, typos);
        return new(alignment.Score, alignment.Exact);
    }

    /// <summary>Aligns the query's words against the text's, keeping the steps for a word-level diff.</summary>
    public static Alignment Align(IReadOnlyList<string> query, IReadOnlyList<string> text, Dictionary<(string, string), bool>? typos = null)
    {
        if (query.Count == 0 || text.Count == 0) return new(0, false, []);
        var cells = new double[query.Count + 1, text.Count + 1];
        var (bestI, bestJ, best) = (0, 0, 0.0);
        for (var i = 1; i <= query.Count; i++)
            for (var j = 1; j <= text.Count; j++)
            {
                var cell = Math.Max(0, cells[i - 1, j - 1] + Pair(query[i - 1], text[j - 1], typos));
                cell = Math.Max(cell, Math.Max(cells[i - 1, j] + Gap, cells[i, j - 1] + Gap));
                cells[i, j] = cell;
                if (cell > best) (bestI, bestJ, best) = (i, j, cell);
            }

        var steps = new List<Operation>();
        var (a, b) = (bestI, bestJ);
        while (a > 0 && b > 0 && cells[a, b] > 0)
        {
            var pair = Pair(query[a - 1], text[b - 1], typos);
            if (Math.Abs(cells[a, b] - (cells[a - 1, b - 1] + pair)) < 1e-9)
            {
                steps.Add(new(query[a - 1] == text[b - 1] || pair > 0 ? Step.Same : Step.Changed, a - 1, b - 1));
                (a, b) = (a - 1, b - 1);
            }
            else if (Math.Abs(cells[a, b] - (cells[a - 1, b] + Gap)) < 1e-9) steps.Add(new(Step.Added, --a, -1));
            else steps.Add(new(Step.Dropped, -1, --b));
        }
        steps.Reverse();
        var exact = steps.Count == query.Count && steps.All(s => s.Step == Step.Same && query[s.QueryIndex] == text[s.TextIndex]);
        return new(exact ? 1 : Math.Clamp(best / query.Count, 0, 1), exact, steps);
    }

    private static double Pair(string a, string b, Dictionary<(string, string), bool>? typos) =>
        a == b ? Match : IsTypoCached(a, b, typos) ? TypoMatch : Mismatch;

    /// <summary>Whether <paramref name="run"/> occurs in <paramref name="words"/> as consecutive words.</summary>
    public static bool ContainsRun(IReadOnlyList<string> words, IReadOnlyList<string> run)
    {
        for (var start = 0; start + run.Count <= words.Count; start++)
        {
            var k = 0;
            while (k < run.Count && words[start + k] == run[k]) k++;
            if (k == run.Count) return true;
        }
        return false;
    }

    private static bool IsTypoCached(string a, string b, Dictionary<(string, string), bool>? typos)
    {
        if (a.Length < 4 || b.Length < 4 || Math.Abs(a.Length - b.Length) > 2) return false;
        if (typos is null) return IsTypo(a, b);
        if (!typos.TryGetValue((a, b), out var typo)) typos[(a, b)] = typo = IsTypo(a, b);
        return typo;
    }

    /// <summary>One edit apart (two for long words), counting a swap of neighbouring letters as one edit;
    /// words under four letters must match exactly.</summary>
    public static bool IsTypo(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || Math.Abs(a.Length - b.Length) > 2) return false;
        var allowed = Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;
        // One edit cannot change both the first and the last letter.
        if (allowed == 1 && a[0] != b[0] && a[^1] != b[^1]) return false;
        return DamerauLevenshtein(a, b, allowed) <= allowed;
    }

    private static int DamerauLevenshtein(string a, string b, int limit)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return rowMin;
        }
        return d[a.Length, b.Length];
    }
}
