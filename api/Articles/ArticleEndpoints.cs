using System.Text.Json;
using Attribution.Api.History;
using Attribution.Api.Keys;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Articles;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles").WithValidation().WithReadWriteAccess().TakesArticleText();

        group.MapPost("/", CreateArticle).WithRequestExample(new
            {
                url = "https://springfield-shopper.example/news/bridge", title = "The bridge will be rebuilt", outletId = 2,
                publishedAt = "2021-03-05T10:00:00Z", authors = new[] { "A. Reporter" }, language = "en",
                body = "\u201cWe will rebuild the bridge by spring,\u201d said Maria Lopez, the mayor of Springfield. She said the work would cost $4 million.",
            }).WithName("CreateArticle").WithSummary("Create an article")
            .WithDescription("Stores an article under its canonical URL. An article already stored under the same canonical URL gets 409 with its id.");
        group.MapGet("/", ListArticles).WithName("ListArticles").WithSummary("Find articles")
            .WithDescription("Articles newest first, without their bodies; `url` finds the one article with that address, `outletId` an outlet's.");
        group.MapGet("/{id:long}", GetArticle).WithName("GetArticle").WithSummary("Get an article")
            .WithDescription("One article with its body, and its version in the ETag header.");
        group.MapPatch("/{id:long}", PatchArticle).WithName("PatchArticle").WithSummary("Correct an article")
            .WithDescription("""
                Applies a JSON merge patch (RFC 7396). When the body changes, every quote of the article is found again by its
                selector nearest its old place; a direct or partial quote that the new body no longer contains makes it 422.
                With If-Match, a stale ETag gets 412.
                """)
            .Accepts<ArticleRequest>(MergePatch.MediaType, "application/json").WithProblems(409, 412, 422)
            .WithRequestExample(new { title = "Afghanistan under Taliban: good news for Islamist terrorist groups" });
        group.MapDelete("/{id:long}", DeleteArticle).WithProblems(409, 412).WithIdExample(2).WithName("DeleteArticle").WithSummary("Delete an article")
            .WithDescription("Deletes an article that has no quotes; one with quotes (retracted ones too) gets 409, so that no attribution is lost with it. Honours If-Match; the history stays.");
        group.MapGet("/{id:long}/quotes", ListArticleQuotes).WithName("ListArticleQuotes").WithSummary("List an article's quotes")
            .WithDescription("The quotes recorded from the article, newest first; retracted ones only with includeRetracted=true.");
        group.MapHistory("article");
        return routes;
    }

    internal const string Columns = """
        id, url, title, outlet_id, published_at, authors, language, body, char_length(body) as body_length, created_at, updated_at,
        xmin::text::bigint as version
        """;

    private const string SummaryColumns = """
        id, url, title, outlet_id, published_at, authors, language, char_length(body) as body_length, created_at, updated_at
        """;

    private const string InsertArticle = $"""
        insert into articles (url, title, outlet_id, published_at, authors, language, body)
        values (@Url, @Title, @OutletId, @PublishedAt, @Authors, @Language, @Body)
        on conflict (url) do nothing
        returning {Columns}
        """;

    private const string UpdateArticle = $"""
        update articles
        set url = @Url, title = @Title, outlet_id = @OutletId, published_at = @PublishedAt, authors = @Authors,
            language = @Language, body = @Body, updated_at = now()
        where id = @Id
        returning {Columns}
        """;

    private const string SelectArticle = $"select {Columns} from articles where id = @Id";

    private const string SelectArticleIdByUrl = "select id from articles where url = @Url";

    private const string OutletExists = "select exists (select 1 from outlets where id = @Id)";

    private const string ArticleExists = "select exists (select 1 from articles where id = @Id)";

    private const string SelectArticlePage = $"""
        select {SummaryColumns} from articles
        where (@After::bigint is null or id < @After)
          and (@Url::text is null or url = @Url)
          and (@OutletId::bigint is null or outlet_id = @OutletId)
        order by id desc
        limit @Limit + 1
        """;

    private const string DeleteArticleById = "delete from articles where id = @Id";

    private const string CountArticleQuotes = "select count(*) from quotes where article_id = @Id";

    internal static Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(ArticleRequest request, NpgsqlDataSource db,
        HttpContext http) =>
        db.CreateAsync<ArticleResponse>(http, "article", async write =>
        {
            if (request.OutletId is { } outletId && !await Exists(write.Connection, OutletExists, outletId, write.Ct))
                return Problems.Unprocessable("outletId", $"There is no outlet with id {outletId}.");
            var parameters = Parameters(request);
            var created = await write.Connection.QuerySingleOrDefaultAsync<ArticleResponse>(write.Command(InsertArticle, parameters));
            return created is null ? await UrlConflict(write.Connection, parameters.Url, write.Ct) : created;
        }, article => article.Id);

    internal static async Task<Ok<Page<ArticleResponse>>> ListArticles([AsParameters] ArticleListQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var url = query.Url is not null && CanonicalUrl.TryNormalize(query.Url, out var canonical) ? canonical : null;
        var rows = await connection.QueryAsync<ArticleResponse>(new CommandDefinition(SelectArticlePage,
            new { After = query.After(), Url = url, query.OutletId, Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), a => a.Id));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(long id, ReadDb db, HttpResponse response,
        CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var article = await connection.QuerySingleOrDefaultAsync<ArticleResponse>(new CommandDefinition(SelectArticle, new { Id = id }, cancellationToken: ct));
        if (article is null) return Problems.NotFound("article", id);
        ETags.Set(response, article.Version);
        return TypedResults.Ok(article);
    }

    internal static Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> PatchArticle(long id, JsonElement patch, NpgsqlDataSource db,
        IValidator<ArticleRequest> validator, IOptions<JsonOptions> json, HttpContext http) =>
        db.ChangeAsync(http, Stored, id, AuditAction.Update, async (write, current) =>
        {
            var request = new ArticleRequest
            {
                Url = current.Url, Title = current.Title, OutletId = current.OutletId, PublishedAt = current.PublishedAt,
                Authors = current.Authors, Language = current.Language, Body = current.Body,
            };
            var merged = await MergePatch.ApplyAsync(request, patch, json.Value.SerializerOptions, validator, write.Ct);
            if (merged.Errors is not null) return Problems.Invalid(merged.Errors);
            var changed = merged.Value!;

            if (changed.OutletId is { } outletId && outletId != current.OutletId && !await Exists(write.Connection, OutletExists, outletId, write.Ct))
                return Problems.Unprocessable("outletId", $"There is no outlet with id {outletId}.");
            var parameters = Parameters(changed, id);
            var holder = await write.Connection.QuerySingleOrDefaultAsync<long?>(write.Command(SelectArticleIdByUrl, new { parameters.Url }));
            if (holder is not null && holder != id) return await UrlConflict(write.Connection, parameters.Url, write.Ct);

            if (changed.Body != current.Body && await QuoteStore.ReanchorArticleQuotesAsync(write, id, changed.Body) is { } lost)
                return Problems.Unprocessable(lost);
            return await write.Connection.QuerySingleAsync<ArticleResponse>(write.Command(UpdateArticle, parameters));
        }, TypedResults.Ok);

    internal static Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(long id, NpgsqlDataSource db, HttpContext http) =>
        db.ChangeAsync<ArticleResponse, NoContent>(http, Stored, id, AuditAction.Delete, async (write, _) =>
        {
            var quotes = await write.Connection.ExecuteScalarAsync<long>(write.Command(CountArticleQuotes, new { Id = id }));
            if (quotes > 0) return Problems.Conflict($"Article {id} has {quotes} quote(s), retracted ones included; an article with quotes is kept as their source.");
            await write.Connection.ExecuteAsync(write.Command(DeleteArticleById, new { Id = id }));
            return new Change<ArticleResponse>(null, null);
        }, _ => TypedResults.NoContent());

    internal static async Task<Results<Ok<Page<QuoteResponse>>, ProblemHttpResult>> ListArticleQuotes(
        long id, [AsParameters] QuotePageQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (!await Exists(connection, ArticleExists, id, ct)) return Problems.NotFound("article", id);
        return TypedResults.Ok(await QuoteStore.ListAsync(connection,
            new QuoteListQuery { ArticleId = id, Limit = query.Limit, Cursor = query.Cursor, IncludeRetracted = query.IncludeRetracted }, ct));
    }

    /// <summary>How articles are changed: read and locked with their row.</summary>
    private static readonly Stored<ArticleResponse> Stored = new("article", (write, id) =>
        write.Connection.QuerySingleOrDefaultAsync<ArticleResponse>(write.Command(SelectArticle + " for update", new { Id = id })));

    private static Task<bool> Exists(NpgsqlConnection connection, string sql, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct));

    private sealed record ArticleParameters(long Id, string Url, string? Title, long? OutletId, DateTimeOffset? PublishedAt,
        string[] Authors, string? Language, string? Body);

    private static ArticleParameters Parameters(ArticleRequest a, long id = 0)
    {
        CanonicalUrl.TryNormalize(a.Url, out var url);
        // timestamptz takes UTC only; the instant is what is stored, the offset the client wrote is not.
        return new(id, url, a.Title?.Trim(), a.OutletId, a.PublishedAt?.ToUniversalTime(), a.Authors.Select(n => n.Trim()).ToArray(), a.Language, a.Body);
    }

    private static async Task<ProblemHttpResult> UrlConflict(NpgsqlConnection connection, string url, CancellationToken ct)
    {
        var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectArticleIdByUrl, new { Url = url }, cancellationToken: ct));
        return Problems.Conflict("url", $"Article {existing} already has the URL {url}.", existing);
    }
}
