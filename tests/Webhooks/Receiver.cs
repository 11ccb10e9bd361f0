using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Attribution.Tests.Webhooks;

/// <summary>A real HTTP receiver on loopback that records what it is sent, and can fail the first requests on purpose.</summary>
public sealed class Receiver : IAsyncDisposable
{
    public sealed record Received(string Id, string Timestamp, string Signature, string Body, DateTimeOffset At);

    private readonly WebApplication app;
    private int failuresLeft;

    public ConcurrentQueue<Received> Requests { get; } = new();
    public int Calls;

    private Receiver(WebApplication app) => this.app = app;

    public string Url => app.Urls.First() + "/hook";

    public static async Task<Receiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new Receiver(app) { failuresLeft = failFirst };
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            Interlocked.Increment(ref receiver.Calls);
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            if (Interlocked.Decrement(ref receiver.failuresLeft) >= 0) return Results.StatusCode(503);
            receiver.Requests.Enqueue(new Received(request.Headers["webhook-id"].ToString(), request.Headers["webhook-timestamp"].ToString(),
                request.Headers["webhook-signature"].ToString(), body, DateTimeOffset.UtcNow));
            return Results.NoContent();
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until <paramref name="done"/> holds, for at most <paramref name="seconds"/>.</summary>
    public async Task<bool> WaitAsync(Func<Receiver, bool> done, double seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!done(this) && DateTime.UtcNow < deadline) await Task.Delay(50);
        return done(this);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
