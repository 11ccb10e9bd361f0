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
