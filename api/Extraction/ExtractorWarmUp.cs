using System.Diagnostics;
using Attribution.Api.DemoData;

namespace Attribution.Api.Extraction;

/// <summary>
/// Extracts the seed article once, in the background, as soon as the service has started: the first extraction of a
/// process compiles the rules' regular expressions and the extractor's code (0.7 s of an 8,000-character article's first
/// call on this 2-core machine, against 23 ms for the next; see <c>bench/extract.sh</c> for 500,000 characters), and
/// that cost is better paid before a caller asks than by the first caller of <c>POST /extract</c>. The language detector
/// loads its models on first use (about 0.4 s), so it detects the seed article's language too.
/// </summary>
internal sealed class ExtractorWarmUp(IQuoteExtractor extractor, TextLanguages languages, IHostApplicationLifetime lifetime, ILogger<ExtractorWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After the service listens, so that starting takes no longer than before.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            try { await started.Task; }
            catch (OperationCanceledException) { return; }
        }
        var watch = Stopwatch.StartNew();
        try
        {
            var quotes = await Task.Run(() => extractor.Extract(SeedArticle.Page(), language: languages.Detect(SeedArticle.Page())).Count, stoppingToken);
            logger.LogInformation("Extractor warmed up on the seed article in {Milliseconds} ms ({Quotes} quotes)", watch.ElapsedMilliseconds, quotes);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // A warm-up that fails must not stop the service: the first caller then pays the cost, as before.
            logger.LogWarning(exception, "Extractor warm-up failed after {Milliseconds} ms", watch.ElapsedMilliseconds);
        }
    }
}
