using System.Net;
using Attribution.Api.Infrastructure;
using Attribution.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Attribution.Tests.Health;

/// <summary>A database that goes away is a 503 with Retry-After, never a 500, and says nothing about the database.</summary>
public sealed class OutageTests
{
    [Fact]
    public async Task When_the_database_goes_away_every_answer_is_503_with_retry_after_and_nothing_internal()
    {
        await using var api = await AttributionApi.CreateAsync();
        using var quiet = api.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Critical)));
        var client = quiet.CreateClient();
        Assert.Equal("healthy", (string?)(await client.GetJsonAsync("/health"))["status"]);

        await TestDatabase.DropAsync(api.ConnectionString);

        foreach (var response in new[]
                 {
                     await client.GetAsync("/health"), await client.GetAsync("/quotes"),
                     await client.PostJsonAsync("/speakers", new { name = "Nobody" }),
                 })
        {
            var problem = await response.ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
            var text = problem.ToJsonString();
            foreach (var secret in new[] { "Host", "127.0.0.1", "attribution_test", "Npgsql", "Exception", "/tmp" })
                Assert.DoesNotContain(secret, text);
        }
    }

    [Fact]
    public void An_incident_is_logged_with_its_stack_trace_once_then_counted_once_a_minute()
    {
        var clock = new FakeTimeProvider();
        var log = new ListLogger();
        var incidents = new Incidents(log, clock);
        var failure = new InvalidOperationException("database down");

        for (var i = 0; i < 1000; i++) incidents.Report("outage", failure, "The database is not reachable");
        clock.Advance(TimeSpan.FromSeconds(61));
        incidents.Report("outage", failure, "The database is not reachable");

        Assert.Equal(2, log.Entries.Count);
        Assert.Same(failure, log.Entries[0].Exception);
        Assert.Null(log.Entries[1].Exception);
        Assert.Contains("1000 more", log.Entries[1].Message);
    }

    private sealed class ListLogger : ILogger<Incidents>
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
