using System.Text.Json;

namespace Attribution.Bench;

/// <summary>
/// 1,000 search queries made from stored quotes, as quotes circulate altered: fragments, words dropped, added,
/// replaced or reordered (up to a fifth of them), typos, and changed quote marks. Deterministic.
/// </summary>
public static class Queries
{
    public sealed record Query(string Kind, string Text, string ExpectedText, string ExpectedUrl);

    public static readonly string[] Kinds = ["fragment", "dropped", "added", "replaced", "reordered", "typos", "quote marks", "mixed"];

    public static void Write(string directory, int count = 1000, int seed = 7)
    {
        var corpus = new Corpus(42);
        var random = new Random(seed);
        var lines = new CorpusLines(Path.Combine(directory, "corpus.ndjson"));
        using var output = new StreamWriter(Path.Combine(directory, "queries.jsonl"));
        for (var i = 0; i < count; i++)
        {
            var source = lines.Read(random.Next(lines.Count));
            var text = source.GetProperty("text").GetString()!;
            var kind = Kinds[i % Kinds.Length];
            var query = Alter(text, kind, corpus, random);
            output.WriteLine(JsonSerializer.Serialize(new Query(kind, query, text, source.GetProperty("article").GetProperty("url").GetString()!)));
        }
    }

    public static string Alter(string text, string kind, Corpus corpus, Random random)
    {
        var words = text.TrimEnd('.').Split(' ').ToList();
        var budget = Math.Max(1, words.Count / 5);
        switch (kind)
        {
            case "fragment":
                var length = Math.Min(words.Count, 6 + random.Next(7));
                return string.Join(' ', words.Skip(random.Next(words.Count - length + 1)).Take(length));
            case "dropped":
                for (var k = 0; k < budget; k++) words.RemoveAt(random.Next(words.Count));
                break;
            case "added":
                for (var k = 0; k < budget; k++) words.Insert(random.Next(words.Count + 1), corpus.Word(random));
                break;
            case "replaced":
                for (var k = 0; k < budget; k++) words[random.Next(words.Count)] = corpus.Word(random);
                break;
            case "reordered":
                for (var k = 0; k < budget / 2 + 1; k++)
                {
                    var at = random.Next(words.Count - 1);
                    (words[at], words[at + 1]) = (words[at + 1], words[at]);
                }
                break;
            case "typos":
                for (var k = 0; k < budget; k++)
                {
                    var at = random.Next(words.Count);
                    if (words[at].Length >= 4) words[at] = Typo(words[at], random);
                }
                break;
            case "quote marks":
                return $"“{text}”";
            case "mixed":
                words.RemoveAt(random.Next(words.Count));
                words[random.Next(words.Count)] = corpus.Word(random);
                var typoAt = random.Next(words.Count);
                if (words[typoAt].Length >= 4) words[typoAt] = Typo(words[typoAt], random);
                return $"\"{string.Join(' ', words)}\"";
        }
        return string.Join(' ', words);
    }

    private static string Typo(string word, Random random)
    {
        var at = 1 + random.Next(word.Length - 2);
        return random.Next(3) switch
        {
            0 => word[..at] + word[(at + 1)..],
            1 => word[..at] + word[at + 1] + word[at] + word[(at + 2)..],
            _ => word[..at] + (char)('a' + random.Next(26)) + word[(at + 1)..],
        };
    }
}

/// <summary>
/// The corpus's lines by number, read from the file when asked: only their offsets are held (80 MB at ten million
/// lines, where the parsed lines would not fit in memory).
/// </summary>
internal sealed class CorpusLines
{
    private readonly string path;
    private readonly List<long> offsets = [];

    public CorpusLines(string path)
    {
        this.path = path;
        using var stream = File.OpenRead(path);
        var buffer = new byte[1 << 20];
        long position = 0;
        var atStart = true;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            for (var at = 0; at < read;)
            {
                if (atStart) offsets.Add(position + at);
                var newline = buffer.AsSpan(at, read - at).IndexOf((byte)'\n');
                atStart = newline >= 0;
                at = newline >= 0 ? at + newline + 1 : read;
            }
            position += read;
        }
    }

    public int Count => offsets.Count;

    public JsonElement Read(int line)
    {
        using var stream = File.OpenRead(path);
        stream.Position = offsets[line];
        using var reader = new StreamReader(stream);
        return JsonDocument.Parse(reader.ReadLine()!).RootElement.Clone();
    }
}
