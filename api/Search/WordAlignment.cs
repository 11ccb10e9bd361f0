using System.Numerics;

namespace Attribution.Api.Search;

/// <summary>
/// How well a circulating text matches a stored text, word by word: a local alignment (Smith-Waterman) of the
/// query's words against the text's, where a word also matches a typo of itself. Dropped, added, replaced and
/// swapped words cost a little each; the score is the alignment's value per query word, from 0 to 1.
/// <para>
/// Bounded whatever the input: a long text (an article body) is aligned only within the few windows of it that share
/// the most words with the query, each at most twice the query's length; scores are computed with two rows of memory,
/// and only the best window's alignment is traced back, with two bits a cell. Typo distances reuse their buffers and
/// are remembered per word pair; the loops observe cancellation.
/// </para>
/// </summary>
public static class WordAlignment
{
    private const double Match = 1.0, TypoMatch = 0.8, Mismatch = -0.6, Gap = -0.4;

    /// <summary>How many windows of a long text are aligned.</summary>
    private const int Windows = 3;

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
    /// <param name="text">The words of a stored quote or article.</param>
    /// <param name="typos">Remembers which word pairs are typos of each other, across the texts compared to one query.</param>
    /// <param name="ct">Observed once per row of the alignment.</param>
    public static Result Compare(IReadOnlyList<string> query, IReadOnlyList<string> text, Typos? typos = null, CancellationToken ct = default)
    {
        if (query.Count == 0 || text.Count == 0) return new(0, false);
        if (ContainsRun(text, query)) return new(1, true);
        var pairs = new Pairs(query, text, typos ?? new Typos());
        var best = WindowsOf(pairs).Select(w => Score(pairs, w, ct).Score).Max();
        return new(Math.Clamp(best / query.Count, 0, 1), false);
    }

    /// <summary>Aligns the query's words against the text's, keeping the steps for a word-level diff.</summary>
    public static Alignment Align(IReadOnlyList<string> query, IReadOnlyList<string> text, Typos? typos = null, CancellationToken ct = default)
    {
        if (query.Count == 0 || text.Count == 0) return new(0, false, []);
        var pairs = new Pairs(query, text, typos ?? new Typos());
        var window = WindowsOf(pairs).MaxBy(w => Score(pairs, w, ct).Score);
        var steps = Trace(pairs, window, out var best, ct);
        var exact = steps.Count == query.Count && steps.All(s => s.Step == Step.Same && query[s.QueryIndex] == text[s.TextIndex]);
        return new(exact ? 1 : Math.Clamp(best / query.Count, 0, 1), exact, steps);
    }

    /// <summary>What aligning query word <paramref name="q"/> with text word <paramref name="t"/> is worth, given the query
    /// words <paramref name="t"/> is a typo of.</summary>
    private static double Substitution(int q, int t, int[] typos) =>
        q == t ? Match : typos.Length > 0 && Array.IndexOf(typos, q) >= 0 ? TypoMatch : Mismatch;

    /// <summary>A stretch [Start, End) of the text's words.</summary>
    private readonly record struct Window(int Start, int End);

    /// <summary>The whole text when it is short; else the windows (twice the query's length) holding the most query words.</summary>
    private static IEnumerable<Window> WindowsOf(Pairs pairs)
    {
        var (n, m) = (pairs.Query.Count, pairs.Text.Count);
        var width = 2 * n + 8;
        if (m <= width) return [new Window(0, m)];

        var hits = new int[m + 1]; // prefix sums of "this text word is a query word"
        for (var j = 0; j < m; j++) hits[j + 1] = hits[j] + (pairs.IsQueryWord(j) ? 1 : 0);
        var chosen = new List<Window>(Windows);
        var taken = new bool[m - width + 1];
        for (var round = 0; round < Windows; round++)
        {
            var (bestStart, bestHits) = (-1, -1);
            for (var start = 0; start + width <= m; start++)
                if (!taken[start] && hits[start + width] - hits[start] > bestHits) (bestStart, bestHits) = (start, hits[start + width] - hits[start]);
            if (bestStart < 0 || (round > 0 && bestHits == 0)) break;
            chosen.Add(new Window(bestStart, bestStart + width));
            // Windows overlapping this one by more than half would align mostly the same words.
            for (var s = Math.Max(0, bestStart - width / 2); s <= Math.Min(m - width, bestStart + width / 2); s++) taken[s] = true;
        }
        return chosen;
    }

    /// <summary>The best local alignment score within a window, with two rows of memory. (The search's hottest loop: a
    /// quarter of a 1M search load's CPU went to it, so the window's words and their typos are looked up once, not per
    /// cell.)</summary>
    private static (double Score, int EndI, int EndJ) Score(Pairs pairs, Window window, CancellationToken ct)
    {
        var width = window.End - window.Start;
        var previous = new double[width + 1];
        var current = new double[width + 1];
        var text = pairs.TextIds.AsSpan(window.Start, width);
        var near = new int[width][];
        for (var j = 0; j < width; j++) near[j] = pairs.TyposOf(window.Start + j);
        var (best, bestI, bestJ) = (0.0, 0, 0);
        for (var i = 1; i <= pairs.Query.Count; i++)
        {
            ct.ThrowIfCancellationRequested();
            var q = pairs.QueryIds[i - 1];
            current[0] = 0;
            for (var j = 1; j <= width; j++)
            {
                var diagonal = previous[j - 1] + Substitution(q, text[j - 1], near[j - 1]);
                var cell = diagonal > 0 ? diagonal : 0;
                if (previous[j] + Gap > cell) cell = previous[j] + Gap;
                if (current[j - 1] + Gap > cell) cell = current[j - 1] + Gap;
                current[j] = cell;
                if (cell > best) (best, bestI, bestJ) = (cell, i, j);
            }
            (previous, current) = (current, previous);
        }
        return (best, bestI, bestJ);
    }

    private const byte Stop = 0, Diagonal = 1, Up = 2, Left = 3;

    /// <summary>Runs the alignment of one window again, recording where each cell came from (two bits a cell), and
    /// traces the best alignment back.</summary>
    private static List<Operation> Trace(Pairs pairs, Window window, out double best, CancellationToken ct)
    {
        var (n, width) = (pairs.Query.Count, window.End - window.Start);
        var directions = new byte[((long)(n + 1) * (width + 1) + 3) / 4];
        var previous = new double[width + 1];
        var current = new double[width + 1];
        var (bestI, bestJ) = (0, 0);
        best = 0;
        for (var i = 1; i <= n; i++)
        {
            ct.ThrowIfCancellationRequested();
            current[0] = 0;
            for (var j = 1; j <= width; j++)
            {
                var diagonal = previous[j - 1] + pairs.Score(i - 1, window.Start + j - 1);
                var (cell, from) = diagonal > 0 ? (diagonal, Diagonal) : (0.0, Stop);
                if (previous[j] + Gap > cell + 1e-9) (cell, from) = (previous[j] + Gap, Up);
                if (current[j - 1] + Gap > cell + 1e-9) (cell, from) = (current[j - 1] + Gap, Left);
                current[j] = cell;
                Set(directions, (long)i * (width + 1) + j, from);
                if (cell > best) (best, bestI, bestJ) = (cell, i, j);
            }
            (previous, current) = (current, previous);
        }

        var steps = new List<Operation>();
        var (a, b) = (bestI, bestJ);
        while (a > 0 && b > 0)
        {
            var from = Get(directions, (long)a * (width + 1) + b);
            if (from == Stop) break;
            var textIndex = window.Start + b - 1;
            if (from == Diagonal)
            {
                steps.Add(new(pairs.Score(a - 1, textIndex) > 0 ? Step.Same : Step.Changed, a - 1, textIndex));
                (a, b) = (a - 1, b - 1);
            }
            else if (from == Up) steps.Add(new(Step.Added, --a, -1));
            else
            {
                steps.Add(new(Step.Dropped, -1, textIndex));
                b--;
            }
        }
        steps.Reverse();
        return steps;

        static void Set(byte[] cells, long index, byte value) =>
            cells[index >> 2] = (byte)(cells[index >> 2] & ~(3 << (int)((index & 3) * 2)) | value << (int)((index & 3) * 2));

        static byte Get(byte[] cells, long index) => (byte)((cells[index >> 2] >> (int)((index & 3) * 2)) & 3);
    }

    /// <summary>The query's and the text's words as numbers (<see cref="Typos.IdOf"/>: the query's first, so that an id below
    /// <see cref="QueryWords"/> is a query word), so that pairs compare as integers; which query words a text word is a typo
    /// of is found once per distinct word for all the texts compared to one query (<see cref="Typos.TyposOf"/>).</summary>
    private sealed class Pairs
    {
        public readonly IReadOnlyList<string> Query, Text;
        public readonly int[] QueryIds, TextIds;
        public readonly int QueryWords;
        private readonly Typos typos;

        public Pairs(IReadOnlyList<string> query, IReadOnlyList<string> text, Typos typos)
        {
            (Query, Text, this.typos) = (query, text, typos);
            typos.Index(query);
            (QueryIds, QueryWords) = (typos.QueryIds, typos.QueryWordCount);
            TextIds = new int[text.Count];
            for (var j = 0; j < text.Count; j++) TextIds[j] = typos.IdOf(text[j]);
        }

        public bool IsQueryWord(int j) => TextIds[j] < QueryWords;

        public double Score(int i, int j) => Substitution(QueryIds[i], TextIds[j], TyposOf(j));

        /// <summary>The query words (ids) the text's word at <paramref name="j"/> is a typo of.</summary>
        public int[] TyposOf(int j) => typos.TyposOf(TextIds[j]);
    }

    /// <summary>Decides which word pairs are typos of each other (Damerau-Levenshtein with reused buffers, remembered per
    /// pair), and which words of a query a word is a typo of, once per query.</summary>
    public sealed class Typos
    {
        /// <summary>Longer words are compared exactly: no word of a language is this long, and the buffers stay small.</summary>
        private const int MaxLength = 64;
        private readonly Dictionary<(string, string), bool> known = [];
        private readonly int[] before = new int[MaxLength + 1], previous = new int[MaxLength + 1], current = new int[MaxLength + 1];
        private IReadOnlyList<string>? indexed;
        private readonly List<(int Id, string Word, ulong Letters)> queryWords = [];
        /// <summary>Every word met comparing texts to the indexed query, by number: the query's distinct words first, then
        /// the texts' words as they come; with the query words each is a typo of, once found.</summary>
        private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
        private readonly List<string> words = [];
        private readonly List<int[]?> typoIds = [];

        /// <summary>The indexed query's words as numbers (<see cref="IdOf"/>).</summary>
        internal int[] QueryIds { get; private set; } = [];

        /// <summary>How many distinct words the indexed query has: their numbers are those below it.</summary>
        internal int QueryWordCount { get; private set; }

        public bool Check(string a, string b)
        {
            if (!Plausible(a, b)) return false;
            if (!known.TryGetValue((a, b), out var typo)) known[(a, b)] = typo = Within(a, b);
            return typo;
        }

        /// <summary>Whether two plausible words are within the edits their length allows.</summary>
        private bool Within(string a, string b)
        {
            var allowed = Allowed(a, b);
            return Distance(a, b, allowed) <= allowed;
        }

        /// <summary>Keeps the query's distinct words that can have typos, with the letters each has; the same query is
        /// indexed once, and what <see cref="Near"/> found is kept for it.</summary>
        internal void Index(IReadOnlyList<string> query)
        {
            if (ReferenceEquals(indexed, query)) return;
            queryWords.Clear();
            ids.Clear();
            words.Clear();
            typoIds.Clear();
            QueryIds = query.Select(IdOf).ToArray();
            QueryWordCount = ids.Count;
            for (var id = 0; id < QueryWordCount; id++)
                if (words[id].Length >= 4 && words[id].Length <= MaxLength) queryWords.Add((id, words[id], Letters(words[id])));
            indexed = query;
        }

        /// <summary>The number of a word: its first number for the indexed query.</summary>
        internal int IdOf(string word)
        {
            if (ids.TryGetValue(word, out var id)) return id;
            words.Add(word);
            typoIds.Add(null);
            return ids[word] = ids.Count;
        }

        /// <summary>The query words (numbers) the word numbered <paramref name="id"/> is a typo of (<see cref="Near"/>), found
        /// once for all the texts compared to the query.</summary>
        internal int[] TyposOf(int id) => typoIds[id] ??= Near(words[id]);

        /// <summary>The words (numbers) of the indexed query that <paramref name="word"/> is a typo of, itself left out. An edit
        /// changes which letters a word has by at most two (one gone, one new), so comparing the sets of letters rules out
        /// nearly every pair before any distance is computed.</summary>
        private int[] Near(string word)
        {
            var letters = Letters(word);
            List<int>? typosOf = null;
            foreach (var (id, query, queryLetters) in queryWords)
                if (query != word && Plausible(query, word) && BitOperations.PopCount(letters ^ queryLetters) <= 2 * Allowed(query, word)
                    && Within(query, word))
                    (typosOf ??= []).Add(id);
            return typosOf is null ? [] : [.. typosOf];
        }

        /// <summary>The letters a word has, as bits (a letter's code modulo 64: letters sharing a bit only make the test
        /// looser, never wrong).</summary>
        private static ulong Letters(string word)
        {
            var letters = 0UL;
            foreach (var c in word) letters |= 1UL << (c & 63);
            return letters;
        }

        internal static bool Plausible(string a, string b) =>
            a.Length >= 4 && b.Length >= 4 && a.Length <= MaxLength && b.Length <= MaxLength && Math.Abs(a.Length - b.Length) <= 2
            // One edit cannot change both the first and the last letter.
            && (Allowed(a, b) > 1 || a[0] == b[0] || a[^1] == b[^1]);

        private static int Allowed(string a, string b) => Math.Min(a.Length, b.Length) >= 8 ? 2 : 1;

        /// <summary>Damerau-Levenshtein distance (a swap of neighbouring letters is one edit), giving up past <paramref name="limit"/>.</summary>
        private int Distance(string a, string b, int limit)
        {
            var (twoBack, back, row) = (before, previous, current);
            for (var j = 0; j <= b.Length; j++) back[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                row[0] = i;
                var rowMin = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) value = Math.Min(value, twoBack[j - 2] + 1);
                    row[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }
                if (rowMin > limit) return rowMin;
                (twoBack, back, row) = (back, row, twoBack);
            }
            return back[b.Length];
        }
    }

    /// <summary>One edit apart (two for long words), counting a swap of neighbouring letters as one edit;
    /// words under four letters must match exactly.</summary>
    public static bool IsTypo(string a, string b) => new Typos().Check(a, b);

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
}
