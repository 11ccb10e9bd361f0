using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Attribution.Tests.Webhooks;

/// <summary>Webhooks against a real receiver on loopback: signed, retried, once per event, across instances. Every instance
/// of the class's service is <see cref="Fast"/>: one with the default settings would share the deliveries, refuse the
/// loopback receiver and wait its default back-off.</summary>
public sealed class WebhookTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    /// <summary>The service with deliveries polled often and retried fast, and loopback receivers allowed.</summary>
    private static WebApplicationFactory<Program> Fast(WebApplicationFactory<Program> service) => service.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Attribution:Webhooks:AllowPrivateAddresses", "true");
        builder.UseSetting("Attribution:Webhooks:PollMilliseconds", "100");
        builder.UseSetting("Attribution:Webhooks:RetryDelaysSeconds", "0.2,0.2,0.2");
    });

    private static async Task<JsonNode> SubscribeAsync(HttpClient client, string url, params string[] events) =>
        await (await client.PostJsonAsync("/webhooks", new { url, events })).JsonAsync(HttpStatusCode.Created);

    /// <summary>Verifies a delivery as a receiver would, per Standard Webhooks.</summary>
    private static bool Verified(Receiver.Received received, string secret)
    {
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{received.Id}.{received.Timestamp}.{received.Body}")));
        return received.Signature.Split(' ').Contains(expected)
               && Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(received.Timestamp)) < 300;
    }

    [Fact]
    public async Task A_retraction_reaches_the_receiver_within_seconds_with_a_valid_signature()
    {
        await using var receiver = await Receiver.StartAsync();
        using var service = Fast(api);
        var client = service.CreateClient();
        var webhook = await SubscribeAsync(client, receiver.Url, "quote.retracted");
        var article = await client.ArticleAsync(body: "\u201cRetract me,\u201d she said.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Retract me,", speakers = new[] { new { name = "Retractor" } } });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/quotes/{quote.Id()}?reason=Wrong%20speaker")).StatusCode);

        Assert.True(await receiver.WaitAsync(r => !r.Requests.IsEmpty, seconds: 10), "nothing was delivered");
        var received = Assert.Single(receiver.Requests);
        Assert.True(Verified(received, (string)webhook["secret"]!), "the signature does not verify");
        var message = JsonNode.Parse(received.Body)!;
        Assert.Equal(("quote.retracted", "quote", quote.Id()), ((string?)message["type"], (string?)message["resource"]!["type"], (long)message["resource"]!["id"]!));
        Assert.Equal(received.Id, (string?)message["id"]);
        Assert.Equal("Wrong speaker", (string?)message["data"]!["retraction"]!["reason"]);

        var log = (await client.GetJsonAsync($"/webhooks/{webhook.Id()}/deliveries"))["items"]!.AsArray();
        Assert.Equal(("succeeded", 1), ((string?)log[0]!["status"], (int)log[0]!["attempts"]!));
        Assert.Equal(204, (int)log[0]!["attemptLog"]![0]!["statusCode"]!);
    }

    [Fact]
    public async Task A_receiver_that_fails_twice_gets_the_event_on_the_third_attempt_and_a_redelivery_sends_it_again()
    {
        await using var receiver = await Receiver.StartAsync(failFirst: 2);
        using var service = Fast(api);
        var client = service.CreateClient();
        var webhook = await SubscribeAsync(client, receiver.Url, "outlet.created");
        await client.OutletAsync();

        Assert.True(await receiver.WaitAsync(r => !r.Requests.IsEmpty), "the third attempt did not arrive");
        Assert.Equal(3, receiver.Calls);
        var delivery = (await client.GetJsonAsync($"/webhooks/{webhook.Id()}/deliveries"))["items"]![0]!;
        Assert.Equal(("succeeded", 3), ((string?)delivery["status"], (int)delivery["attempts"]!));
        Assert.Equal([503, 503, 204], delivery["attemptLog"]!.AsArray().Select(a => (int)a!["statusCode"]!));

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"/webhooks/{webhook.Id()}/deliveries/{delivery.Id()}/redeliver", null)).StatusCode);
        Assert.True(await receiver.WaitAsync(r => r.Requests.Count == 2), "the redelivery did not arrive");
        Assert.Equal(receiver.Requests.First().Id, receiver.Requests.Last().Id); // the same event id: receivers deduplicate by it
    }

    [Fact]
    public async Task Two_service_instances_deliver_each_event_once()
    {
        await using var receiver = await Receiver.StartAsync();
        using var first = Fast(api);
        using var second = Fast(api);
        var client = first.CreateClient();
        second.CreateClient(); // starts the second instance and its dispatcher
        await SubscribeAsync(client, receiver.Url, "outlet.created");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => (first.CreateClient()).OutletAsync()));

        Assert.True(await receiver.WaitAsync(r => r.Requests.Count >= 20), $"only {receiver.Requests.Count} of 20 arrived");
        await Task.Delay(1000); // time for a duplicate to show up, if there were one
        Assert.Equal(20, receiver.Requests.Count);
        Assert.Equal(20, receiver.Requests.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Receivers_on_private_and_loopback_addresses_are_refused_unless_allowed()
    {
        await using var strict = await AttributionApi.CreateAsync();
        var client = strict.CreateClient();
        foreach (var url in new[] { "http://127.0.0.1:9/hook", "http://localhost/hook", "http://10.0.0.5/hook", "http://[::1]/hook", "http://192.168.1.1/x" })
            await (await client.PostJsonAsync("/webhooks", new { url, events = new[] { "*" } })).ProblemForAsync(HttpStatusCode.BadRequest, "url");
        await (await client.PostJsonAsync("/webhooks", new { url = "ftp://example.com/x", events = new[] { "*" } })).ProblemForAsync(HttpStatusCode.BadRequest, "url");
        await (await client.PostJsonAsync("/webhooks", new { url = "https://example.com/x", events = new[] { "quote.exploded" } })).ProblemForAsync(HttpStatusCode.BadRequest, "events[0]");
        var (reader, _) = await strict.ClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync("/webhooks")).StatusCode);
    }

    [Fact]
    public async Task The_secret_is_shown_once_and_rotates()
    {
        using var service = Fast(api);
        var client = service.CreateClient();
        var created = await SubscribeAsync(client, "https://receiver.example/hook", "*");
        var listed = await client.GetJsonAsync($"/webhooks/{created.Id()}");
        Assert.Null(listed["secret"]);
        var rotated = await (await client.PostAsync($"/webhooks/{created.Id()}/rotate-secret", null)).JsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("whsec_", (string?)rotated["secret"]);
        Assert.NotEqual((string?)created["secret"], (string?)rotated["secret"]);
        Assert.DoesNotContain((string)rotated["secret"]!, (await client.GetJsonAsync($"/webhooks/{created.Id()}")).ToJsonString());
        var disabled = await (await client.PatchJsonAsync($"/webhooks/{created.Id()}", new { enabled = false })).JsonAsync(HttpStatusCode.OK);
        Assert.False((bool)disabled["enabled"]!);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/webhooks/{created.Id()}")).StatusCode);
        await (await client.GetAsync($"/webhooks/{created.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
