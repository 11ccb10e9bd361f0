using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Attribution.Bench;

/// <summary>
/// The largest inputs the limits allow, against a corpus already imported (bench/limits.sh): verify with a 10,000-character
/// text against a 1,000,000-character article whose every word the text shares; search with 10,000 characters of the
/// corpus's commonest words (the full-text fallback's worst case); extraction of 500,000 characters. Each alone and four at
/// once; each against a small request of the same kind in the same run.
/// </summary>
public static class Limits
{
    /// <param name="phaseFile">Where the name of the request being measured is written, for the memory sampler.</param>
    public static async Task RunAsync(string url, string key, string phaseFile)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var corpus = new Corpus(42);
        var random = new Random(7);
        string Words(int characters, Func<string> word)
        {
            var text = new StringBuilder();
            while (text.Length < characters) text.Append(word()).Append(' ');
            return text.ToString(0, characters).TrimEnd();
        }

        var body = Words(1_000_000, () => corpus.Word(random));
        var article = await (await http.PostAsJsonAsync("/articles", new { url = $"https://limits.example/{Guid.NewGuid():N}", title = "Limits", body }))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        var articleId = article.GetProperty("id").GetInt64();
        var bodyWords = body.Split(' ');
        var verifyText = Words(10_000, () => bodyWords[random.Next(bodyWords.Length)]);
        var smallVerify = string.Join(' ', bodyWords.Skip(5000).Take(20));
        var commonWords = corpus.Vocabulary.Skip(52).Take(200).ToArray(); // the commonest content words (stop words first)
        var searchText = Words(10_000, () => commonWords[random.Next(commonWords.Length)]);
        var smallSearch = string.Join(' ', commonWords.Take(8));
        var extractText = Words(500_000, () => random.Next(40) == 0 ? "\u201cWe will win,\u201d she said." : corpus.Word(random));
        var smallExtract = "\u201cWe will rebuild the bridge by spring,\u201d said Maria Lopez, the mayor.";

        var cases = new (string Name, Func<string, HttpRequestMessage> Make, string Large, string Small)[]
        {
            ("POST /quotes/verify, 10,000 characters against a 1,000,000-character article",
                text => Post("/quotes/verify", new { text, articleId }), verifyText, smallVerify),
            ("GET /quotes/search, 10,000 characters of common words",
                text => new HttpRequestMessage(HttpMethod.Get, "/quotes/search?text=" + Uri.EscapeDataString(text)), searchText, smallSearch),
            ("POST /extract, 500,000 characters", text => Post("/extract", new { text }), extractText, smallExtract),
        };
        var results = new List<object>();
        foreach (var (name, make, large, small) in cases)
        {
            await File.WriteAllTextAsync(phaseFile, name.Split(' ')[1].Trim('/').Replace('/', '-').TrimEnd(','));
            await SendAsync(http, make(small)); // warm up
            var baseline = Median(await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ => await SendAsync(http, make(small)))));
            var alone = await SendAsync(http, make(large));
            var together = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(http, make(large))));
            results.Add(new
            {
                name, smallMs = Math.Round(baseline, 1), aloneMs = Math.Round(alone, 1), fourAtOnceMaxMs = Math.Round(together.Max(), 1),
                aloneRatio = Math.Round(alone / baseline, 1),
            });
        }
        await File.WriteAllTextAsync(phaseFile, "done");
        Console.WriteLine(JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static HttpRequestMessage Post(string path, object body) => new(HttpMethod.Post, path) { Content = JsonContent.Create(body) };

    private static async Task<double> SendAsync(HttpClient http, HttpRequestMessage request)
    {
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{request.Method} {request.RequestUri}: {(int)response.StatusCode}");
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);
}
