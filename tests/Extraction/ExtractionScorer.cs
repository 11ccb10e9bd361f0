using System.Globalization;
using System.Text;
using Attribution.Api.DemoData;
using Attribution.Api.Extraction;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;

namespace Attribution.Tests.Extraction;

/// <summary>
/// Scores <see cref="QuoteExtractor"/> against hand-annotated articles (gold.json, offsets in code points). Quotes are
/// scored in two classes, direct+partial and indirect: a prediction counts when it overlaps a gold span of its class
/// (each gold quote matched at most once, largest overlap first). On matched quotes: kind (direct, partial, indirect),
/// speaker (the same set of names, ignoring case and a leading article) and affiliation (likewise; both empty counts).
/// </summary>
public static class ExtractionScorer
{
    /// <summary>An annotated article; <paramref name="Part"/> is <c>tuning</c> (rules may be written against it) or
    /// <c>heldout</c> (scored, its misses never printed).</summary>
    public sealed record Article(string Name, string Part, string Text, SeedArticle.Gold Gold);

    public sealed record Counts(int Gold, int Predicted, int Matched, int KindRight, int SpeakerRight, int AffiliationRight)
    {
        public static Counts operator +(Counts a, Counts b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Matched + b.Matched,
            a.KindRight + b.KindRight, a.SpeakerRight + b.SpeakerRight, a.AffiliationRight + b.AffiliationRight);

        public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
        public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
        public double KindAccuracy => Matched == 0 ? 1 : (double)KindRight / Matched;
        public double SpeakerAccuracy => Matched == 0 ? 1 : (double)SpeakerRight / Matched;
        public double AffiliationAccuracy => Matched == 0 ? 1 : (double)AffiliationRight / Matched;
    }

    /// <summary>Speaker choices on matched quotes by how the cue mentions the speaker: right and total.</summary>
    public sealed record Mentions(IReadOnlyDictionary<string, (int Right, int Total)> ByType)
    {
        public static readonly Mentions None = new(new Dictionary<string, (int, int)>());

        public static Mentions operator +(Mentions a, Mentions b) =>
            new(a.ByType.Concat(b.ByType).GroupBy(kv => kv.Key)
                .ToDictionary(g => g.Key, g => (g.Sum(kv => kv.Value.Right), g.Sum(kv => kv.Value.Total))));
    }

    /// <summary>Per article: the counts of both classes, speaker choices per mention type, each prediction's confidence
    /// with whether it was right (a gold quote of its class, the right speakers), the misses, and the gold quotes missed
    /// per class of the issue (<see cref="MissClass"/>; as counts, so that the held-out part can report them too).</summary>
    public sealed record Score(string Article, Counts Quoted, Counts Indirect, Mentions Mentions,
        IReadOnlyList<(double Confidence, bool Right)> Calibration, IReadOnlyList<string> Misses, IReadOnlyDictionary<string, int> MissedByClass)
    {
        /// <summary>Speaker choices on matched quotes by the rule that chose the speaker (<c>explanation.speaker</c>).</summary>
        public Mentions ByRule { get; init; } = Mentions.None;
    }

    /// <summary>The seed article and Extraction/Corpus/tuning as the tuning part; Extraction/Corpus/heldout as the held-out part.</summary>
    public static IReadOnlyList<Article> Corpus()
    {
        var articles = new List<Article> { new("seed-article", "tuning", SeedArticle.Page(), SeedArticle.GoldQuotes()) };
        foreach (var part in new[] { "tuning", "heldout" })
        {
            var root = Path.Combine(AppContext.BaseDirectory, "Extraction", "Corpus", part);
            foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
                articles.Add(new(Path.GetFileName(folder), part, File.ReadAllText(Path.Combine(folder, "page.txt")),
                    SeedArticle.ParseGold(File.ReadAllText(Path.Combine(folder, "gold.json")))));
        }
        return articles;
    }

    public static Score Run(Article article)
    {
        var predicted = new QuoteExtractor().Extract(article.Text, article.Gold.Title); // as the service runs it on a stored article
        var misses = new List<string>();
        var missed = new Dictionary<string, int>();
        var mentions = new Dictionary<string, (int Right, int Total)>();
        var rules = new Dictionary<string, (int Right, int Total)>();
        var calibration = new List<(double, bool)>();
        var quoted = Compare(article.Gold.Quotes.Where(g => g.Kind != QuoteKind.Indirect).ToList(),
            predicted.Where(p => p.Kind != QuoteKind.Indirect).ToList(), article.Text, misses, missed, mentions, rules, calibration);
        var indirect = Compare(article.Gold.Quotes.Where(g => g.Kind == QuoteKind.Indirect).ToList(),
            predicted.Where(p => p.Kind == QuoteKind.Indirect).ToList(), article.Text, misses, missed, mentions, rules, calibration);
        return new Score(article.Name, quoted, indirect, new Mentions(mentions), calibration, misses, missed) { ByRule = new Mentions(rules) };
    }

    /// <summary>The class of the issue a missed gold quote falls in, from the annotation alone: <c>layout</c> (its line opens
    /// with a bullet, a dash or a label and colon), <c>partial</c>, <c>run-on</c> (a quotation whose cue verb is not within
    /// 200 characters before it or 100 after it in its paragraph), <c>cue</c> (a quotation whose cue went unread) or
    /// <c>reported</c> (indirect speech).</summary>
    public static string MissClass(string text, SeedArticle.GoldQuote gold)
    {
        var (start, end) = QuoteText.ToUtf16(text, new Span(gold.Start, gold.End)) ?? new Span(text.Length, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var line = text[lineStart..Math.Min(text.Length, start + 1)];
        if (System.Text.RegularExpressions.Regex.IsMatch(line, @"^\s*(?:[\u2022\u00B7*\-\u2013\u2014]|[\p{L} .]{1,40}:)")) return "layout";
        if (gold.Kind == QuoteKind.Partial) return "partial";
        if (gold.Kind == QuoteKind.Indirect) return "reported";
        // A quotation whose cue verb is nowhere near it in its paragraph runs on from an earlier one.
        var paragraphEnd = text.IndexOf('\n', end) is var e and >= 0 ? e : text.Length;
        var near = text[Math.Max(lineStart, start - 200)..start] + " " + text[end..Math.Min(paragraphEnd, end + 100)];
        return gold.Verb is { } verb && near.Contains(verb, StringComparison.OrdinalIgnoreCase) ? "cue" : "run-on";
    }

    /// <summary>How a cue mentions its speaker: pronoun, organisation, description (an unnamed source or a title
    /// alone), surname (one word) or full name.</summary>
    public static string MentionType(ExtractedQuote quote)
    {
        var mention = quote.SpeakerMention.Trim();
        if (mention.ToLowerInvariant() is "he" or "she" or "they" or "it" or "we" or "i") return "pronoun";
        if (quote.Speaker.Kind == SpeakerKind.Organisation) return "organisation";
        if (quote.Speaker.Kind == SpeakerKind.Anonymous || !char.IsUpper(mention.FirstOrDefault()) || mention.StartsWith("The ", StringComparison.Ordinal))
            return "description";
        return mention.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1 ? "surname" : "full name";
    }

    private static Counts Compare(List<SeedArticle.GoldQuote> gold, List<ExtractedQuote> predicted, string text, List<string> misses,
        Dictionary<string, int> missed, Dictionary<string, (int Right, int Total)> mentions, Dictionary<string, (int Right, int Total)> rules,
        List<(double, bool)> calibration)
    {
        var pairs = (from g in gold from p in predicted
                     let overlap = Math.Min(g.End, p.End) - Math.Max(g.Start, p.Start)
                     where overlap > 0
                     orderby overlap descending
                     select (Gold: g, Predicted: p)).ToList();
        var matched = new List<(SeedArticle.GoldQuote Gold, ExtractedQuote Predicted)>();
        foreach (var pair in pairs)
            if (!matched.Any(m => m.Gold == pair.Gold || m.Predicted == pair.Predicted)) matched.Add(pair);

        int kind = 0, speaker = 0, affiliation = 0;
        foreach (var (g, p) in matched)
        {
            if (g.Kind == p.Kind) kind++;
            else misses.Add($"kind {p.Kind} for {g.Kind}: {Short(g.Text)}");
            var goldNames = g.Speakers.Select(s => Key(s.Name)).Order().ToList();
            var names = p.Speakers.Select(s => Key(s.Name)).Order().ToList();
            var right = goldNames.SequenceEqual(names);
            calibration.Add((p.Confidence, right));
            var type = MentionType(p);
            mentions[type] = (mentions.GetValueOrDefault(type).Right + (right ? 1 : 0), mentions.GetValueOrDefault(type).Total + 1);
            var rule = p.Explanation?.Speaker.ToString() ?? "none";
            rules[rule] = (rules.GetValueOrDefault(rule).Right + (right ? 1 : 0), rules.GetValueOrDefault(rule).Total + 1);
            if (right) speaker++;
            else misses.Add($"speaker [{string.Join(", ", p.Speakers.Select(s => s.Name))}] for [{string.Join(", ", g.Speakers.Select(s => s.Name))}]: {Short(g.Text)}");
            if (g.Speakers.Select(s => Key(s.Affiliation)).SequenceEqual(p.Speakers.Select(s => Key(s.Affiliation)))) affiliation++;
            else misses.Add($"affiliation [{string.Join(", ", p.Speakers.Select(s => s.Affiliation))}] for [{string.Join(", ", g.Speakers.Select(s => s.Affiliation))}]");
        }
        foreach (var g in gold.Where(g => !matched.Any(m => m.Gold == g)))
        {
            misses.Add($"missed {g.Kind}: {Short(g.Text)}");
            var missClass = MissClass(text, g);
            missed[missClass] = missed.GetValueOrDefault(missClass) + 1;
        }
        foreach (var p in predicted.Where(p => !matched.Any(m => m.Predicted == p))) calibration.Add((p.Confidence, false));
        foreach (var p in predicted.Where(p => !matched.Any(m => m.Predicted == p))) misses.Add($"spurious {p.Kind} ({p.Speaker.Name}): {Short(p.Text)}");
        return new Counts(gold.Count, predicted.Count, matched.Count, kind, speaker, affiliation);
    }

    private static string Short(string text) => text.Length <= 70 ? text : text[..70] + "…";

    /// <summary>Names and affiliations compared without case, punctuation or a leading article.</summary>
    private static string Key(string? value)
    {
        if (value is null) return "";
        var words = value.ToLowerInvariant().Split([' ', '\u00A0', ',', '.'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] is "the" or "a" or "an" or "another") words.RemoveAt(0);
        return string.Join(' ', words);
    }

    public static Score Total(IReadOnlyList<Score> scores) =>
        scores.Aggregate((a, b) => new Score("total", a.Quoted + b.Quoted, a.Indirect + b.Indirect, a.Mentions + b.Mentions,
            [.. a.Calibration, .. b.Calibration], [],
            a.MissedByClass.Concat(b.MissedByClass).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value))) { ByRule = a.ByRule + b.ByRule });

    /// <summary>The share of predictions at or above a confidence that are right, and how many there are.</summary>
    public static (double Right, int Count) RightAtOrAbove(Score score, double confidence)
    {
        var above = score.Calibration.Where(c => c.Confidence >= confidence).ToList();
        return (above.Count == 0 ? 1 : (double)above.Count(c => c.Right) / above.Count, above.Count);
    }

    /// <summary>Calibration, one line: the share right at or above 0.9, 0.8, 0.7 and 0.5.</summary>
    public static string CalibrationLine(Score score) =>
        string.Join(", ", new[] { 0.9, 0.8, 0.7, 0.5 }.Select(t => RightAtOrAbove(score, t)).Zip([0.9, 0.8, 0.7, 0.5], (r, t) =>
            string.Create(CultureInfo.InvariantCulture, $">= {t:0.0}: {r.Right:0.00} of {r.Count}")));

    /// <summary>Speaker accuracy per mention type (or, given <see cref="Score.ByRule"/>, per rule), one line.</summary>
    public static string MentionLine(Score score, Mentions? by = null) =>
        string.Join(", ", (by ?? score.Mentions).ByType.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv =>
            string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Right}/{kv.Value.Total}")));

    /// <summary>Gold quotes missed per class, one line.</summary>
    public static string MissedLine(Score score) =>
        string.Join(", ", score.MissedByClass.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"));

    /// <summary>A Markdown table, one row an article and a total row.</summary>
    public static string Table(IReadOnlyList<Score> scores)
    {
        var total = Total(scores);
        var table = new StringBuilder();
        table.AppendLine("| article | direct+partial gold/found | P | R | kind | speaker | affiliation | indirect gold/found | P | R | speaker |");
        table.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in scores.Append(total with { Article = "**total**" }))
            table.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {s.Article} | {s.Quoted.Gold}/{s.Quoted.Predicted} | {s.Quoted.Precision:0.00} | {s.Quoted.Recall:0.00} | {s.Quoted.KindAccuracy:0.00} | {s.Quoted.SpeakerAccuracy:0.00} | {s.Quoted.AffiliationAccuracy:0.00} | {s.Indirect.Gold}/{s.Indirect.Predicted} | {s.Indirect.Precision:0.00} | {s.Indirect.Recall:0.00} | {s.Indirect.SpeakerAccuracy:0.00} |"));
        return table.ToString();
    }
}
