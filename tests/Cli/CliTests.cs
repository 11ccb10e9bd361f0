using System.Text.Json.Nodes;
using Attribution.Cli;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Cli;

public sealed class CliTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    [Fact]
    public async Task The_cli_imports_a_file_and_exports_it_again_showing_progress()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var file = Path.GetTempFileName();
        var exported = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(file, Enumerable.Range(0, 50).Select(i =>
                $$$"""{"text":"Line {{{i}}} of the cli import {{{id}}}","speaker":{"name":"Cli Speaker"},"article":{"url":"https://cli.example/{{{id}}}/{{{i % 5}}}"}}"""));
            var output = new StringWriter();
            var status = new StringWriter();

            var imported = await Attribution.Cli.Cli.RunAsync(["import", file], api.CreateClient(), output, status);
            var summary = JsonNode.Parse(output.ToString())!;
            var exportedCode = await Attribution.Cli.Cli.RunAsync(["export", "--q", id, "--out", exported], api.CreateClient(), TextWriter.Null, status);

            Assert.Equal((0, 0), (imported, exportedCode));
            Assert.Equal(50, (long)summary["quotesCreated"]!);
            Assert.Equal(50, (await File.ReadAllLinesAsync(exported)).Length);
            Assert.Contains("100%", status.ToString());
            Assert.Contains("ETA", status.ToString());
            Assert.Contains("50/50 quotes", status.ToString());
        }
        finally
        {
            File.Delete(file);
            File.Delete(exported);
        }
    }

    [Fact]
    public async Task The_readmes_sample_files_import_and_say_when_the_server_is_merging()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        foreach (var (file, format) in new[] { ("quotes.ndjson", "ndjson"), ("quotebank.json", "quotebank") })
        {
            var output = new StringWriter();
            var status = new StringWriter();
            Assert.Equal(0, await Attribution.Cli.Cli.RunAsync(["import", Path.Combine(samples, file), "--format", format], api.CreateClient(), output, status));
            Assert.True((long)JsonNode.Parse(output.ToString())!["lines"]! > 0);
            Assert.Contains("the server merged the lines", status.ToString());
        }
    }

    [Fact]
    public async Task Failures_are_one_line_with_a_non_zero_exit()
    {
        async Task<(int Code, string Status)> Run(HttpClient http, params string[] args)
        {
            var status = new StringWriter();
            var code = await Attribution.Cli.Cli.RunAsync(args, http, TextWriter.Null, status);
            return (code, status.ToString().Trim());
        }
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, """{"text":"x","speaker":{"name":"X"},"article":{"url":"https://cli.example/x"}}""" + "\n");
        try
        {
            var missing = await Run(api.CreateClient(), "import", "/no/such/file.ndjson");
            var down = await Run(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:1") }, "import", file);
            var wrongKey = api.AnonymousClient();
            wrongKey.DefaultRequestHeaders.Add("X-Api-Key", "attr_wrong");
            var refused = await Run(wrongKey, "export");

            Assert.Equal((1, "attribution: no such file: /no/such/file.ndjson"), missing);
            Assert.Equal(1, down.Code);
            Assert.StartsWith("attribution: cannot reach the server at http://127.0.0.1:1/", down.Status.Split('\n')[^1]);
            Assert.Equal(1, refused.Code);
            Assert.StartsWith("attribution: 401 An API key is needed:", refused.Status);
            Assert.All(new[] { missing.Status, down.Status, refused.Status }, s => Assert.DoesNotContain("   at ", s));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Wrong_usage_prints_the_usage_and_fails()
    {
        var status = new StringWriter();
        Assert.Equal(2, await Attribution.Cli.Cli.RunAsync(["frobnicate"], api.CreateClient(), TextWriter.Null, status));
        Assert.Contains("usage: attribution import", status.ToString());
    }

    [Fact]
    public void The_progress_line_shows_rate_and_eta()
    {
        var progress = new Progress(TextWriter.Null, "", 1000, Progress.Bytes);
        progress.Advance(250);
        Assert.Matches(@"^\[#{7}\.{23}\]\s+25%\s+250 B/1000 B\s+[\d.]+ (B|KiB|MiB|GiB)/s\s+ETA \d\d:\d\d:\d\d$", progress.Line());
    }
}
