using Attribution.Api.Articles;
using Attribution.Api.Extraction;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Attribution.Api.Search;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attribution.Api.Verification;

public static class VerifyEndpoints
{
    public static IEndpointRouteBuilder MapVerification(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/quotes").WithTags("Verification").WithValidation().WithReadAccess().IsExpensive()
            .MapPost("/verify", Verify).WithRequestExample(new
            {
                text = "We are going back to a pre-9/11 state, a breeding ground for terror", speaker = "Michael McCaul", articleId = 1,
            }).WithName("VerifyQuote").WithSummary("Check a quote against the record")
            .WithDescription("""
                Checks a quote as it circulates against the stored quotes and, with `articleId` or `url`, against that
                article's text. `verdict` is `verbatim` (the same words after folding quote marks, case, accents,
                punctuation and white space), `altered` (a close match, score 0.75 or more: `diff` lists the words added, dropped and
                changed), `misattributed` (the words are on record but credited to someone other than `speaker`) or
                `not_found`; with the matching stored quotes, the article and the span (code points) of the best match,
                and whom the record credits (for words found only in an article's text, the speaker the extraction reads).
                """);
        return routes;
    }

    private const string SelectArticleById = "select id, url, title, body from articles where id = @Id";

    private const string SelectArticleByUrl = "select id, url, title, body from articles where url = @Url";

    private sealed record ArticleText
    {
        public long Id { get; init; }
        public string Url { get; init; } = "";
        public string? Title { get; init; }
        public string? Body { get; init; }
    }

    /// <summary>A word of a text, folded for comparison, with its place in the text (UTF-16).</summary>
    internal readonly record struct Word(string Key, int Start, int End);

    /// <summary>The words of a text as the stored quotes' search compares them (<see cref="SearchWords"/>), with their places.</summary>
    internal static List<Word> Words(string text)
    {
        var normalized = QuoteText.Normalize(text);
        return SearchWords.Pattern().Matches(normalized.Text)
            .Select(m => new Word(SearchWords.Fold(m.Value), normalized.SourceStart[m.Index], normalized.SourceEnd[m.Index + m.Length - 1]))
            .Where(w => w.Key.Length > 0)
            .ToList();
    }

    private sealed record Candidate(WordAlignment.Alignment Alignment, string Source, List<Word> SourceWords, QuoteResponse? Quote);

    internal static async Task<Results<Ok<VerifyResponse>, ProblemHttpResult>> Verify(VerifyRequest request, ReadDb db, IQuoteExtractor extractor, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        ArticleText? article = null;
        if (request.ArticleId is { } articleId)
        {
            article = await connection.QuerySingleOrDefaultAsync<ArticleText>(new CommandDefinition(SelectArticleById, new { Id = articleId }, cancellationToken: ct));
            if (article is null) return Problems.Unprocessable("articleId", $"There is no article with id {articleId}.");
        }
        else if (request.Url is not null && CanonicalUrl.TryNormalize(request.Url, out var url))
        {
            article = await connection.QuerySingleOrDefaultAsync<ArticleText>(new CommandDefinition(SelectArticleByUrl, new { Url = url }, cancellationToken: ct));
            if (article is null) return Problems.Unprocessable("url", "No stored article has this URL.");
        }

        var query = Words(request.Text);
        var keys = query.Select(w => w.Key).ToList();
        var typos = new WordAlignment.Typos();

        // Stored quotes first: they carry their attribution. Within one article, its own quotes (the newest
        // ArticleQuotes); else the best the search finds among all.
        IEnumerable<QuoteResponse> stored;
        if (article is not null)
            stored = (await QuoteStore.ListAsync(connection, new QuoteListQuery { ArticleId = article.Id, Limit = ArticleQuotes }, ct)).Items;
        else
        {
            var matches = await SearchEndpoints.MatchAsync(connection, request.Text, null, null, null, ct);
            stored = (await QuoteStore.GetManyAsync(connection,
                matches.Where(m => m.Score >= SearchEndpoints.AppearanceThreshold).Take(20).Select(m => m.Id).ToArray(), ct)).Values;
        }
        var candidates = stored
            .Select(q => (Quote: q, Words: Words(q.Text)))
            .Select(q => new Candidate(WordAlignment.Align(keys, q.Words.Select(w => w.Key).ToList(), typos, ct), q.Quote.Text, q.Words, q.Quote))
            .Where(c => c.Alignment.Score >= SearchEndpoints.AppearanceThreshold)
            .OrderByDescending(c => c.Alignment.Score).ThenBy(c => c.Quote!.Id)
            .ToList();
        var best = candidates.FirstOrDefault();

        // Then the article's own text, which may hold words nobody has stored as a quote yet.
        if (article?.Body is { } body && (best is null || !best.Alignment.Exact))
        {
            var bodyWords = Words(body);
            var inBody = new Candidate(WordAlignment.Align(keys, bodyWords.Select(w => w.Key).ToList(), typos, ct), body, bodyWords, null);
            if (inBody.Alignment.Score >= SearchEndpoints.AppearanceThreshold && inBody.Alignment.Score > (best?.Alignment.Score ?? 0)) best = inBody;
        }

        if (best is null)
            return TypedResults.Ok(new VerifyResponse { Verdict = Verdict.NotFound, Score = 0, Diff = [], Quotes = [], CreditedTo = [] });

        MatchedSpan? span;
        VerifiedArticle where;
        IReadOnlyList<string> credited;
        if (best.Quote is { } quote)
        {
            span = quote.Start is { } start && quote.End is { } end ? new MatchedSpan { Start = start, End = end } : null;
            where = new VerifiedArticle { Id = quote.Article.Id, Url = quote.Article.Url, Title = quote.Article.Title };
            credited = candidates.Where(c => c.Alignment.Score >= best.Alignment.Score - 0.05)
                .SelectMany(c => c.Quote!.Speakers.Select(s => s.Name)).Distinct().ToList();
        }
        else
        {
            var aligned = best.Alignment.Operations.Where(o => o.TextIndex >= 0).ToList();
            var utf16 = new Span(best.SourceWords[aligned[0].TextIndex].Start, best.SourceWords[aligned[^1].TextIndex].End);
            var found = QuoteText.ToCodePoints(best.Source, utf16);
            span = new MatchedSpan { Start = found.Start, End = found.End };
            where = new VerifiedArticle { Id = article!.Id, Url = article.Url, Title = article.Title };
            // Who the text credits is read from the paragraphs around the words, not from the whole article, so that the
            // time this takes does not grow with the article's length.
            var context = Paragraphs(best.Source, utf16);
            var within = QuoteText.ToCodePoints(best.Source[context.Start..context.End], new Span(utf16.Start - context.Start, utf16.End - context.Start));
            credited = extractor.Extract(best.Source[context.Start..context.End], article.Title)
                .Where(q => q.Start < within.End && within.Start < q.End)
                .SelectMany(q => q.Speakers.Select(s => s.Name)).Distinct().ToList();
        }

        var verdict = best.Alignment.Exact ? Verdict.Verbatim : Verdict.Altered;
        if (request.Speaker is { } speaker && credited.Count > 0 && !credited.Any(name => SameSpeaker(name, speaker))) verdict = Verdict.Misattributed;

        return TypedResults.Ok(new VerifyResponse
        {
            Verdict = verdict, Score = Math.Round(best.Alignment.Score, 3), Diff = Diff(request.Text, query, best),
            Quotes = candidates.Select(c => c.Quote!).ToList(), Article = where, Span = span, CreditedTo = credited,
        });
    }

    /// <summary>How many of an article's quotes a check against that article compares with (the newest).</summary>
    private const int ArticleQuotes = Paging.MaxLimit;

    /// <summary>Characters of context before the matched words in which the extraction finds who said them ("he" needs
    /// the name it refers to).</summary>
    private const int ContextBefore = 6000, ContextAfter = 1500;

    /// <summary>The whole paragraphs (UTF-16) around <paramref name="words"/>, with about <see cref="ContextBefore"/>
    /// characters before and <see cref="ContextAfter"/> after.</summary>
    private static Span Paragraphs(string text, Span words)
    {
        var start = Math.Max(0, words.Start - ContextBefore);
        // Back to the paragraph's start, if it is not much further; else the context starts mid-paragraph, at a space.
        if (start > 0 && text.LastIndexOf('\n', start, Math.Min(start + 1, ContextBefore)) is var lineStart and >= 0) start = lineStart + 1;
        else if (start > 0 && text.LastIndexOf(' ', start, Math.Min(start + 1, 200)) is var space and >= 0) start = space + 1;
        if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start])) start++;
        var end = Math.Min(text.Length, words.End + ContextAfter);
        if (end < text.Length && text.IndexOf('\n', end, Math.Min(ContextAfter, text.Length - end)) is var lineEnd and >= 0) end = lineEnd;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return new Span(start, end);
    }

    /// <summary>The word-level diff. Query words beyond the aligned stretch are paired with the source words next to it
    /// ("terror" for "terrorism") as far as both go, and added after that.</summary>
    private static List<DiffWord> Diff(string text, List<Word> query, Candidate best)
    {
        string Q(int i) => text[query[i].Start..query[i].End];
        string S(int j) => best.Source[best.SourceWords[j].Start..best.SourceWords[j].End];
        var operations = best.Alignment.Operations;
        var (first, firstSource) = (operations[0].QueryIndex, operations[0].TextIndex);
        var (last, lastSource) = (operations[^1].QueryIndex, operations[^1].TextIndex);

        var diff = new List<DiffWord>();
        for (var i = 0; i < first; i++)
        {
            var j = firstSource - first + i;
            diff.Add(j >= 0 ? new DiffWord { Op = DiffStep.Changed, Text = Q(i), Source = S(j) } : new DiffWord { Op = DiffStep.Added, Text = Q(i) });
        }
        diff.AddRange(operations.Select(o => o.Step switch
        {
            WordAlignment.Step.Same => new DiffWord { Op = DiffStep.Same, Text = Q(o.QueryIndex), Source = S(o.TextIndex) },
            WordAlignment.Step.Changed => new DiffWord { Op = DiffStep.Changed, Text = Q(o.QueryIndex), Source = S(o.TextIndex) },
            WordAlignment.Step.Added => new DiffWord { Op = DiffStep.Added, Text = Q(o.QueryIndex) },
            _ => new DiffWord { Op = DiffStep.Dropped, Source = S(o.TextIndex) },
        }));
        for (var i = last + 1; i < query.Count; i++)
        {
            var j = lastSource + i - last;
            diff.Add(j < best.SourceWords.Count ? new DiffWord { Op = DiffStep.Changed, Text = Q(i), Source = S(j) } : new DiffWord { Op = DiffStep.Added, Text = Q(i) });
        }
        return diff;
    }

    /// <summary>The same speaker when the names have the same words, or one name's words are all in the other ("McCaul").</summary>
    private static bool SameSpeaker(string credited, string claimed)
    {
        var a = Words(credited).Select(w => w.Key).ToHashSet();
        var b = Words(claimed).Select(w => w.Key).ToHashSet();
        return a.Count > 0 && b.Count > 0 && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
    }
}
