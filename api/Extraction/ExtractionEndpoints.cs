using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Extraction;

public static class ExtractionEndpoints
{
    public static IEndpointRouteBuilder MapExtraction(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/extract").WithTags("Extraction").WithValidation().WithReadAccess().IsExpensive().TakesArticleText()
            .MapPost("/", Extract).WithRequestExample(new
            {
                text = "\u201cWe will rebuild the bridge by spring,\u201d said Maria Lopez, the mayor of Riverton. She said the work would cost $4 million.",
                publishedAt = "2021-03-05T10:00:00Z", language = "en",
            }).WithName("ExtractQuotes").WithSummary("Find the quotes in a text")
            .WithDescription("""
                Finds the attributed quotes in an article's text and stores nothing: direct (a quoted sentence), partial
                (quoted words in the writer's sentence) and indirect (reported speech, the span is the reported content),
                each with its cue verb, speaker(s) (the fullest name the text gives, `person`, `organisation` or
                `anonymous`, and the stated affiliation), how the cue names the speaker, and a confidence from 0 to 1 so
                that low-confidence attributions can go to an editor first. Offsets are Unicode code points into `text`.
                Straight, curly, low and angle quote marks, quotes over several paragraphs and no-break spaces are
                handled; scare quotes, titles and nicknames are not quotes. Rule-based: no outside service is called.
                With `explain=true` each quote names the rule that found it and the rule that chose its speaker.
                Word lists cover English, French, German and Spanish, read together; `language` (detected from the
                text when left out, and returned) keeps the confidence of quotes in any other language under 0.9.
                """);
        routes.MapGroup("/articles").WithTags("Extraction").WithValidation().WithReadWriteAccess().IsExpensive()
            .MapPost("/{id:long}/extract", ExtractArticle).WithName("ExtractArticleQuotes").WithSummary("Find (and store) the quotes in an article")
            .WithDescription("""
                Runs the extraction on a stored article's body (its title helps resolve names, its publication date dates
                "yesterday", its language is the text's, detected when the article has none). With `save=true` the quotes are stored in one transaction, speakers matched or created as in
                POST /quotes, and each answer carries its `quoteId`; a quote already stored at an overlapping place is
                kept, so running it again adds nothing. 404 for an unknown article, 422 when it has no body.
                """);
        return routes;
    }

    private const string SelectArticle = "select id, title, body, published_at, language from articles where id = @Id";

    private const string LockArticle = SelectArticle + " for update";

    private const string SelectStoredSpans = """
        select id, start_offset, end_offset, kind = 'indirect' as indirect from quotes
        where article_id = @Id and start_offset is not null
        """;

    private sealed record ArticleText
    {
        public long Id { get; init; }
        public string? Title { get; init; }
        public string? Body { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string? Language { get; init; }
    }

    private sealed record StoredSpan
    {
        public long Id { get; init; }
        public int StartOffset { get; init; }
        public int EndOffset { get; init; }
        public bool Indirect { get; init; }
    }

    internal static Ok<ExtractResponse> Extract(ExtractRequest request, [AsParameters] ExtractQuery query, IQuoteExtractor extractor, TextLanguages languages)
    {
        var language = languages.Resolve(request.Text, request.Language);
        var quotes = extractor.Extract(request.Text, request.Title, request.PublishedAt, language.Tag);
        return TypedResults.Ok(ExtractResponse.Of(query.Explain == true ? quotes : Unexplained(quotes), language));
    }

    private static List<ExtractedQuote> Unexplained(IEnumerable<ExtractedQuote> quotes) => quotes.Select(q => q with { Explanation = null }).ToList();

    internal static async Task<Results<Ok<ExtractResponse>, ProblemHttpResult>> ExtractArticle(long id, [AsParameters] ArticleExtractQuery query,
        NpgsqlDataSource db, IQuoteExtractor extractor, TextLanguages languages, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (query.Save != true)
        {
            await using var reader = await db.OpenConnectionAsync(ct);
            var article = await reader.QuerySingleOrDefaultAsync<ArticleText>(new CommandDefinition(SelectArticle, new { Id = id }, cancellationToken: ct));
            if (article is null) return Problems.NotFound("article", id);
            if (article.Body is null) return NoBody(id);
            var (quotes, language) = ReadArticle(article, article.Body, extractor, languages);
            return TypedResults.Ok(ExtractResponse.Of(quotes, language));
        }

        return await db.WriteAsync<Ok<ExtractResponse>>(http, async write =>
        {
            // The lock makes two runs on one article take turns, so the second finds the first's quotes.
            var article = await write.Connection.QuerySingleOrDefaultAsync<ArticleText>(write.Command(LockArticle, new { Id = id }));
            if (article is null) return Problems.NotFound("article", id);
            if (article.Body is null) return NoBody(id);
            var stored = (await write.Connection.QueryAsync<StoredSpan>(write.Command(SelectStoredSpans, new { Id = id }))).AsList();

            var (quotes, language) = ReadArticle(article, article.Body, extractor, languages);
            var results = new List<ExtractedQuote>();
            foreach (var quote in quotes)
            {
                var indirect = quote.Kind == QuoteKind.Indirect;
                if (stored.FirstOrDefault(s => s.Indirect == indirect && s.StartOffset < quote.End && quote.Start < s.EndOffset) is { } existing)
                {
                    results.Add(quote with { QuoteId = existing.Id });
                    continue;
                }
                var saved = await QuoteStore.SaveAsync(write, ToRequest(id, quote), null);
                if (saved.ExistingId is { } same)
                {
                    results.Add(quote with { QuoteId = same });
                    continue;
                }
                if (saved.Errors is not null) return Problems.Unprocessable(saved.Errors);
                await write.AuditAsync("quote", saved.Id, AuditAction.Create, null, await QuoteStore.GetAsync(write, saved.Id));
                stored.Add(new StoredSpan { Id = saved.Id, StartOffset = quote.Start, EndOffset = quote.End, Indirect = indirect });
                results.Add(quote with { QuoteId = saved.Id });
            }
            return TypedResults.Ok(ExtractResponse.Of(results, language));
        });
    }

    /// <summary>A stored article's quotes, without explanations, and the language its body was read as: the article's own,
    /// else detected.</summary>
    private static (List<ExtractedQuote> Quotes, TextLanguage Language) ReadArticle(ArticleText article, string body, IQuoteExtractor extractor, TextLanguages languages)
    {
        var language = languages.Resolve(body, article.Language);
        return (Unexplained(extractor.Extract(body, article.Title, article.PublishedAt, language.Tag)), language);
    }

    private static ProblemHttpResult NoBody(long id) =>
        Problems.Unprocessable("body", $"Article {id} has no body to extract quotes from; PATCH it with the article text first.");

    /// <summary>The quote as POST /quotes would take it, clipped to the stored columns' lengths.</summary>
    private static QuoteRequest ToRequest(long articleId, ExtractedQuote quote) => new()
    {
        ArticleId = articleId, Text = quote.Text, Kind = quote.Kind, Verb = Clip(quote.Verb, 100), Start = quote.Start, End = quote.End,
        StatedAffiliation = Clip(quote.Speaker.Affiliation, 500), SaidOn = quote.SaidOn,
        Speakers = quote.Speakers.Select(s => new QuoteSpeakerRequest
        {
            Name = Clip(s.Name, 300), Kind = s.Kind, Role = Clip(s.Affiliation, 500), Mention = Clip(quote.SpeakerMention, 200),
        }).ToArray(),
    };

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
