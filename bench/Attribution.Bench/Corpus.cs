using System.Text;
using System.Text.Json;

namespace Attribution.Bench;

/// <summary>
/// A deterministic synthetic corpus: a Zipf-distributed vocabulary (stop words first), ~100k speakers with a
/// Zipf-like spread of quotes, ~200k articles over 500 outlets, and quotes of 10 to 60 words.
/// Writes corpus.ndjson (for POST /imports) and articles.tsv and quotes.tsv (the same rows, for the psql \copy
/// baseline); with <c>bulk</c>, instead of the baseline's files, the same corpus as the tables' rows with their ids
/// (bulk-*.tsv, the quotes in two halves to load at once), for loading ten million quotes where the import would take hours.
/// </summary>
public sealed class Corpus
{
    private static readonly string[] StopWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "he", "for", "it", "with", "as", "his", "on", "be", "at", "by",
        "i", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "we", "she", "her", "will", "would",
        "there", "their", "been", "has", "were", "when", "who", "what", "if", "no", "so", "them", "our", "my", "you", "your",
    ];

    private static readonly string[] Syllables =
        "ba be bi bo bu da de di do du fa fe fi fo ga ge go ka ke ki ko la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo tra tre tri pro pla ple ster man ton ism ing ent ous".Split(' ');

    public string[] Vocabulary { get; }
    private readonly double[] cumulative;
    private readonly Random random;

    public Corpus(int seed, int vocabularySize = 30_000)
    {
        random = new Random(seed);
        var words = new List<string>(StopWords);
        var seen = new HashSet<string>(words);
        while (words.Count < vocabularySize)
        {
            var length = 1 + random.Next(4);
            var word = string.Concat(Enumerable.Range(0, length).Select(_ => Syllables[random.Next(Syllables.Length)]));
            if (word.Length >= 3 && seen.Add(word)) words.Add(word);
        }
        Vocabulary = words.ToArray();
        cumulative = ZipfCumulative(Vocabulary.Length, 1.0);
    }

    public static double[] ZipfCumulative(int n, double s)
    {
        var result = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++) result[i] = sum += 1 / Math.Pow(i + 1, s);
        for (var i = 0; i < n; i++) result[i] /= sum;
        return result;
    }

    public static int Draw(double[] cumulative, Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    public string Word(Random r) => Vocabulary[Draw(cumulative, r)];

    public sealed record Quote(string Text, string Kind, string Verb, string SaidOn, int Speaker, int Article);

    public static void Write(string directory, int quotes, bool bulk, int seed = 42)
    {
        var corpus = new Corpus(seed);
        var random = corpus.random;
        const int speakers = 100_000, articles = 200_000, outlets = 500;
        var speakerWeights = ZipfCumulative(speakers, 1.05);
        var speakerNames = Enumerable.Range(0, speakers).Select(i =>
            Capital(corpus.Vocabulary[100 + i % 5000]) + " " + Capital(corpus.Vocabulary[5100 + i / 5000 % 20000]) + (i >= 100_000 ? $" {i}" : "")).ToArray();
        var outletNames = Enumerable.Range(0, outlets).Select(i => $"The {Capital(corpus.Vocabulary[200 + i])} {(i % 3 == 0 ? "Times" : i % 3 == 1 ? "Post" : "Herald")}").ToArray();
        string[] verbs = ["said", "told reporters", "argued", "warned", "added", "claimed", "insisted", "according to"];
        string[] kinds = ["direct", "direct", "direct", "direct", "direct", "direct", "direct", "partial", "partial", "indirect"];

        Directory.CreateDirectory(directory);
        if (!bulk)
        {
            using var tsv = Tsv(directory, "articles.tsv");
            for (var a = 0; a < articles; a++) tsv.WriteLine($"{ArticleUrl(a)}\tArticle {a}");
        }
        else
        {
            using var outletRows = Tsv(directory, "bulk-outlets.tsv");
            for (var o = 0; o < outlets; o++) outletRows.WriteLine($"{o + 1}\t{outletNames[o]}");
            using var articleRows = Tsv(directory, "bulk-articles.tsv");
            for (var a = 0; a < articles; a++) articleRows.WriteLine($"{a + 1}\t{ArticleUrl(a)}\tArticle {a}\t{a % outlets + 1}");
            using var speakerRows = Tsv(directory, "bulk-speakers.tsv");
            for (var p = 0; p < speakers; p++)
                speakerRows.WriteLine($"{p + 1}\t{speakerNames[p]}\t{SpeakerKind(p)}\t{WikidataId(p) ?? "\\N"}");
        }
        using var ndjson = Tsv(directory, "corpus.ndjson");
        using var quotesTsv = bulk ? null : Tsv(directory, "quotes.tsv");
        using var bulkQuotes1 = bulk ? Tsv(directory, "bulk-quotes-1.tsv") : null;
        using var bulkQuotes2 = bulk ? Tsv(directory, "bulk-quotes-2.tsv") : null;
        using var bulkQuoteSpeakers = bulk ? Tsv(directory, "bulk-quote-speakers.tsv") : null;
        // An article repeats no text. Keyed by a 64-bit hash of the text, not the text, so that ten million quotes fit in
        // memory; a collision would only skip a draw, and the hash is deterministic (string.GetHashCode is not).
        var seen = new HashSet<(int, ulong)>();
        for (var q = 0; q < quotes; q++)
        {
            var length = 10 + random.Next(51);
            var text = Capital(string.Join(' ', Enumerable.Range(0, length).Select(_ => corpus.Word(random)))) + ".";
            var article = random.Next(articles);
            if (!seen.Add((article, Fnv1a(text)))) { q--; continue; }
            var speaker = Draw(speakerWeights, random);
            var kind = kinds[random.Next(kinds.Length)];
            var verb = verbs[random.Next(verbs.Length)];
            var saidOn = new DateOnly(2015, 1, 1).AddDays(random.Next(3650)).ToString("yyyy-MM-dd");
            var outlet = article % outlets;
            ndjson.WriteLine(JsonSerializer.Serialize(new
            {
                text, kind, verb, saidOn,
                speaker = new { name = speakerNames[speaker], kind = SpeakerKind(speaker), wikidataId = WikidataId(speaker) },
                article = new { url = ArticleUrl(article), title = $"Article {article}", outlet = outletNames[outlet] },
            }));
            quotesTsv?.WriteLine($"{article + 1}\t{text}\t{kind}\t{verb}\t{saidOn}");
            (q < (quotes + 1) / 2 ? bulkQuotes1 : bulkQuotes2)?.WriteLine($"{q + 1}\t{article + 1}\t{text}\t{kind}\t{verb}\t{saidOn}");
            bulkQuoteSpeakers?.WriteLine($"{q + 1}\t{speaker + 1}\t0");
        }
    }

    private static StreamWriter Tsv(string directory, string name) =>
        new(Path.Combine(directory, name), false, new UTF8Encoding(false), 1 << 20);

    private static string SpeakerKind(int speaker) => speaker % 50 == 7 ? "organisation" : "person";

    private static string? WikidataId(int speaker) => speaker % 3 == 0 ? $"Q{1_000_000 + speaker}" : null;

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }

    public static string ArticleUrl(int article) => $"https://news{article % 500}.example/story/{article}";

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
