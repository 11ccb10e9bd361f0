using System.Text;
using Attribution.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace Attribution.Tests.Errors;

/// <summary>
/// Thousands of requests generated from the OpenAPI document (see <see cref="Fuzzer"/>): no 5xx, no internals, a problem
/// document for every 4xx. FUZZ_REQUESTS sets how many (3,000 here; bench/fuzz.sh runs 20,000), FUZZ_SEED the seed,
/// FUZZ_REPORT a file to write the counts to.
/// </summary>
public sealed class FuzzTests(AttributionApi api, ITestOutputHelper output) : IClassFixture<AttributionApi>
{
    [Fact]
    public async Task Requests_generated_from_the_openapi_document_never_get_a_5xx_and_every_4xx_is_a_problem_document()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_REQUESTS"), out var n) ? n : 3000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261125;
        using var unlimited = api.WithWebHostBuilder(builder =>
        {
            foreach (var setting in new[] { "PermitsPerMinute", "ExpensivePermitsPerMinute", "FailedAuthenticationsPerMinute" })
                builder.UseSetting($"Attribution:RateLimit:{setting}", "100000000");
        });
        var admin = unlimited.CreateClient();
        var created = await (await admin.PostJsonAsync("/keys", new { name = "fuzz reader", role = "reader" })).JsonAsync(System.Net.HttpStatusCode.Created);
        var clients = new Dictionary<string, HttpClient> { ["admin"] = admin };
        foreach (var (role, key) in new[] { ("reader", (string)created["key"]!), ("wrong", "attr_wrong"), ("none", null) })
        {
            var client = unlimited.CreateClient();
            client.DefaultRequestHeaders.Remove("X-Api-Key");
            if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
            clients[role] = client;
        }
        // Some data for the ids to find: the demo article's kind of content.
        var article = await admin.ArticleAsync(body: "\u201cWe will rebuild the bridge by spring,\u201d said Maria Lopez, the mayor. She said the work would cost $4 million.");
        await admin.QuoteAsync(new { articleId = article.Id(), text = "We will rebuild the bridge by spring,", speakers = new[] { new { name = "Maria Lopez" } } });

        var fuzzer = new Fuzzer(await admin.GetJsonAsync("/openapi/v1.json"), seed);
        var report = await fuzzer.RunAsync(role => clients[role], count, parallel: 4);

        var summary = new StringBuilder()
            .AppendLine($"{report.Requests} requests over {fuzzer.Operations().Count} operations, seed {seed}")
            .AppendLine("status counts: " + string.Join(", ", report.Statuses.Select(p => $"{p.Key}: {p.Value}")))
            .AppendLine($"findings: {report.Findings.Count}");
        foreach (var finding in report.Findings.Take(20)) summary.AppendLine($"- {finding.Status} {finding.Request}: {finding.Problem}");
        output.WriteLine(summary.ToString());
        if (Environment.GetEnvironmentVariable("FUZZ_REPORT") is { Length: > 0 } path) await File.WriteAllTextAsync(path, summary.ToString());

        Assert.True(report.Findings.Count == 0, summary.ToString());
        Assert.Equal(count, report.Requests);
        Assert.DoesNotContain(report.Statuses.Keys, status => status >= 500);
    }
}
