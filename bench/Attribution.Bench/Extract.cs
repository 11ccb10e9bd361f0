using System.Diagnostics;
using System.Text;
using Attribution.Api.Extraction;

namespace Attribution.Bench;

/// <summary>Extraction of 500,000 characters in process (no HTTP, no database): four texts, each extracted eight times,
/// the first call (on the first text it compiles the rules), the second, and the last three (the steady state) timed, with
/// the bytes a call allocates. The texts: the annotated corpus repeated, one speaker's pronoun cues, thousands of people with names no
/// list knows (the worst case for the speaker registry), and thousands of reports by an organisation named by its kind
/// (each looks back for the organisation of that kind the text named).</summary>
public static class Extract
{
    private const int Length = 500_000;

    public static void Run(string corpusDirectory)
    {
        var corpus = string.Join("\n\n", Directory.GetFiles(corpusDirectory, "page.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var random = new Random(7);
        string Syllables() => "Ka Lo Mi Ne Su Ta Ri Po Da Ve".Split(' ')[random.Next(10)] + "lo ra mi nu ke ta so".Split(' ')[random.Next(7)] + "rn";
        var texts = new (string Name, string Text)[]
        {
            ("the annotated corpus, repeated", Repeat(() => corpus + "\n\n")),
            ("12,500 pronoun cues of one speaker", "Jane Roe is the mayor. " + Repeat(() => "\u201CWe will rebuild the bridge,\u201D she said. ")),
            ("9,000 people with new names", Repeat(() => $"{Syllables()} {Syllables()} opened her shop. \u201CWe are open,\u201D she said. ")),
            ("13,500 reports of \"the ministry\"", "The Ministry of Health of Ruritania met. " + Repeat(() => "The ministry said the plan was good. ")),
        };
        Console.WriteLine("| text | quotes | first call, s | second call, s | seconds, calls 6-8 (warm) | MB allocated per call |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        foreach (var (name, text) in texts)
        {
            var extractor = new QuoteExtractor();
            // The first call compiles; the next few run while tiered compilation recompiles the hot methods in the
            // background (instrumented, then optimised with what it measured): calls 6 to 8 are the steady state.
            var seconds = new List<double>();
            var quotes = 0;
            long allocated = 0;
            for (var call = 1; call <= 8; call++)
            {
                var before = GC.GetTotalAllocatedBytes(true);
                var watch = Stopwatch.StartNew();
                quotes = extractor.Extract(text[..Length]).Count;
                seconds.Add(watch.Elapsed.TotalSeconds);
                allocated = Math.Max(allocated, GC.GetTotalAllocatedBytes(true) - before);
            }
            Console.WriteLine($"| {name} | {quotes} | {Format(seconds[0])} | {Format(seconds[1])} | {string.Join(", ", seconds.Skip(5).Select(Format))} | {allocated / 1_000_000} |");
        }
    }

    private static string Format(double seconds) => seconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

    private static string Repeat(Func<string> piece)
    {
        var text = new StringBuilder();
        while (text.Length < Length) text.Append(piece());
        return text.ToString();
    }
}
