using System.Net;
using Attribution.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Attribution.Tests.Keys;

/// <summary>Budgets per key, per expensive operation and per address that fails to authenticate, each saying when it reopens.</summary>
public sealed class RateLimitTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private WebApplicationFactory<Program> With(FakeTimeProvider clock, params (string Key, string Value)[] settings) =>
        api.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock));
        });

    [Fact]
    public async Task Retry_after_is_the_time_left_in_the_window()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        using var limited = With(clock, ("Attribution:RateLimit:PermitsPerMinute", "3"));
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/outlets")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(45));
        var refused = await client.GetAsync("/outlets");
        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(TimeSpan.FromSeconds(15), refused.Headers.RetryAfter?.Delta);

        clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/outlets")).StatusCode);
    }

    [Fact]
    public async Task Expensive_operations_have_their_own_smaller_budget()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        using var limited = With(clock, ("Attribution:RateLimit:ExpensivePermitsPerMinute", "2"));
        var client = limited.CreateClient();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quotes/search?text=one+two+three")).StatusCode);
        var refused = await client.PostJsonAsync("/extract", new { text = "\u201cWe won,\u201d she said." });
        Assert.Contains("search, verify, extract", (string?)(await refused.ProblemAsync(HttpStatusCode.TooManyRequests))["detail"]);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/outlets")).StatusCode);
    }

    [Fact]
    public async Task An_address_that_keeps_failing_to_authenticate_is_refused_before_any_key_is_checked()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        using var limited = With(clock, ("Attribution:RateLimit:FailedAuthenticationsPerMinute", "3"));
        var guesser = limited.CreateClient();
        guesser.DefaultRequestHeaders.Remove("X-Api-Key");
        guesser.DefaultRequestHeaders.Add("X-Api-Key", "attr_guess");

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("/quotes")).StatusCode);
        var refused = await guesser.GetAsync("/quotes");
        Assert.Contains("without a valid key", (string?)(await refused.ProblemAsync(HttpStatusCode.TooManyRequests))["detail"]);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // The same address with the right key waits too: the limit is on the address, not on the key tried.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await limited.CreateClient().GetAsync("/quotes")).StatusCode);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateClient().GetAsync("/quotes")).StatusCode);
    }
}
