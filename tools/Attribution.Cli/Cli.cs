using System.Net.Http.Headers;
using System.Text;

namespace Attribution.Cli;

/// <summary>
/// attribution import FILE [--format ndjson|quotebank]
/// attribution export [--format ndjson|csv] [--out FILE] [--FILTER VALUE ...]   (filters as in GET /quotes)
/// Server and key: --url (ATTRIBUTION_URL, default http://127.0.0.1:5080) and --key (ATTRIBUTION_KEY).
/// </summary>
public static class Cli
{
    public const string Usage = """
        usage: attribution import FILE [--format ndjson|quotebank]
               attribution export [--format ndjson|csv] [--out FILE] [--speakerId N] [--q WORDS] [...filters of GET /quotes]
        options: --url URL (or ATTRIBUTION_URL; default http://127.0.0.1:5080), --key KEY (or ATTRIBUTION_KEY)
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args.Skip(1));
        using var http = new HttpClient
        {
            BaseAddress = new Uri(options.GetValueOrDefault("url") ?? Environment.GetEnvironmentVariable("ATTRIBUTION_URL") ?? "http://127.0.0.1:5080"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if ((options.GetValueOrDefault("key") ?? Environment.GetEnvironmentVariable("ATTRIBUTION_KEY")) is { } key)
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return await RunAsync(args, http, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, HttpClient http, TextWriter output, TextWriter status)
    {
        var options = Options.Parse(args.Skip(1));
        try
        {
            switch (args.FirstOrDefault())
            {
                case "import" when options.Positional is [var file]:
                    return await ImportAsync(http, file, options.GetValueOrDefault("format") ?? "ndjson", output, status);
                case "export":
                    return await ExportAsync(http, options, output, status);
                default:
                    await status.WriteLineAsync(Usage);
                    return 2;
            }
        }
        // What goes wrong outside the tool is said in one line, not as a stack trace.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException)
        {
            await status.WriteLineAsync();
            await status.WriteLineAsync(e switch
            {
                FileNotFoundException or DirectoryNotFoundException => $"attribution: no such file: {e.Message.Split('\'').ElementAtOrDefault(1) ?? e.Message}",
                HttpRequestException => $"attribution: cannot reach the server at {http.BaseAddress}: {e.Message}",
                _ => $"attribution: {e.Message}",
            });
            return 1;
        }
    }

    /// <summary>A problem document from the server in one line: status, title and detail.</summary>
    private static async Task<string> FailureAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            var problem = System.Text.Json.Nodes.JsonNode.Parse(text);
            return $"attribution: {(int)response.StatusCode} {problem?["title"]}: {problem?["detail"]}";
        }
        catch (System.Text.Json.JsonException)
        {
            return $"attribution: {(int)response.StatusCode} {response.ReasonPhrase}";
        }
    }

    private static async Task<int> ImportAsync(HttpClient http, string file, string format, TextWriter output, TextWriter status)
    {
        var size = new FileInfo(file).Length;
        var progress = new Progress(status, "", size, Progress.Bytes);
        using var merging = new CancellationTokenSource();
        Task? waiting = null;
        // Once the file is uploaded the server merges it in one transaction: say so, with the time it has taken, until it answers.
        await using var body = new ProgressStream(File.OpenRead(file), progress, () => waiting = MergingAsync(status, progress, merging.Token));
        var content = new StreamContent(body, 1 << 16) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-ndjson") } };
        using var response = await http.PostAsync($"imports?format={Uri.EscapeDataString(format)}", content);
        await merging.CancelAsync();
        if (waiting is not null) await waiting;
        else progress.Finish();
        if (!response.IsSuccessStatusCode)
        {
            await status.WriteLineAsync(await FailureAsync(response));
            return 1;
        }
        await output.WriteLineAsync(await response.Content.ReadAsStringAsync());
        return 0;
    }

    private static async Task MergingAsync(TextWriter status, Progress progress, CancellationToken answered)
    {
        progress.Finish();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            status.Write($"\ruploaded; the server is merging the lines... {clock.Elapsed:hh\\:mm\\:ss}");
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(1), answered);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        } while (true);
        await status.WriteLineAsync($"\ruploaded; the server merged the lines in {clock.Elapsed:hh\\:mm\\:ss}.   ");
    }

    private static async Task<int> ExportAsync(HttpClient http, Options options, TextWriter output, TextWriter status)
    {
        var query = string.Join('&', options.Named.Where(o => o.Key is not ("out" or "url" or "key"))
            .Select(o => $"{Uri.EscapeDataString(o.Key)}={Uri.EscapeDataString(o.Value)}"));
        using var response = await http.GetAsync($"exports/quotes?{query}", HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
        {
            await status.WriteLineAsync(await FailureAsync(response));
            return 1;
        }
        var total = response.Headers.TryGetValues("X-Total-Count", out var values) && long.TryParse(values.First(), out var n) ? n : (long?)null;
        var progress = new Progress(status, "quotes", total, Progress.Count);
        var target = options.GetValueOrDefault("out") is { } path ? new StreamWriter(path, false, new UTF8Encoding(false)) : output;
        try
        {
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
            var header = options.GetValueOrDefault("format") == "csv";
            while (await reader.ReadLineAsync() is { } line)
            {
                await target.WriteLineAsync(line);
                if (header) header = false;
                else progress.Advance(1);
            }
        }
        finally
        {
            if (target != output) await target.DisposeAsync();
        }
        progress.Finish();
        return 0;
    }

    /// <summary>--name value pairs and positional arguments.</summary>
    private sealed class Options
    {
        public Dictionary<string, string> Named { get; } = [];
        public List<string> Positional { get; } = [];

        public string? GetValueOrDefault(string name) => Named.GetValueOrDefault(name);

        public static Options Parse(IEnumerable<string> args)
        {
            var options = new Options();
            using var e = args.GetEnumerator();
            while (e.MoveNext())
            {
                var name = e.Current;
                if (name.StartsWith("--", StringComparison.Ordinal) && e.MoveNext()) options.Named[name[2..]] = e.Current;
                else options.Positional.Add(name);
            }
            return options;
        }
    }
}
