using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;
using FluentValidation;

namespace Attribution.Api.Claims;

/// <summary>A new claim: from text, or from a stored quote (<c>quoteId</c>: its words and speakers unless given).</summary>
public sealed record ClaimRequest
{
    /// <summary>The claim as a checker words it; defaults to the text of <c>quoteId</c>.</summary>
    /// <example>Taxes on families have doubled since 2020.</example>
    public string? Text { get; init; }
    /// <summary>BCP 47 language tag.</summary>
    /// <example>en</example>
    public string? Language { get; init; }
    /// <summary>Who made the claim, each by id or inline as for quotes; defaults to the speakers of <c>quoteId</c>.</summary>
    public QuoteSpeakerRequest[]? Claimants { get; init; }
    /// <summary>A stored quote that makes the claim: linked as an appearance.</summary>
    /// <example>1</example>
    public long? QuoteId { get; init; }
}

public sealed class ClaimRequestValidator : AbstractValidator<ClaimRequest>
{
    public ClaimRequestValidator()
    {
        RuleFor(c => c.Text).Text(2000);
        RuleFor(c => c.Text).NotNull().When(c => c.QuoteId is null).WithMessage("Give the claim's 'text', or a 'quoteId' to take it from.");
        RuleFor(c => c.Language).LanguageTag();
        RuleFor(c => c.QuoteId).GreaterThan(0);
        RuleFor(c => c.Claimants).Must(c => c is null || c.Length <= 20).WithMessage("A claim can have at most 20 claimants.");
        RuleForEach(c => c.Claimants).SetValidator(new QuoteSpeakerRequestValidator());
    }
}

/// <summary>The editable form of a claim, for PATCH (a JSON merge patch of it).</summary>
public sealed record ClaimEdit
{
    [Required]
    public string Text { get; init; } = "";
    public string? Language { get; init; }
    public QuoteSpeakerRequest[] Claimants { get; init; } = [];
}

public sealed class ClaimEditValidator : AbstractValidator<ClaimEdit>
{
    public ClaimEditValidator()
    {
        RuleFor(c => c.Text).NotEmpty().Text(2000);
        RuleFor(c => c.Language).LanguageTag();
        RuleFor(c => c.Claimants).Must(c => c.Length <= 20).WithMessage("A claim can have at most 20 claimants.");
        RuleForEach(c => c.Claimants).SetValidator(new QuoteSpeakerRequestValidator());
    }
}

/// <summary>A claimant as embedded in a claim.</summary>
public sealed record Claimant
{
    /// <example>7</example>
    public required long Id { get; init; }
    /// <example>Jane Roe</example>
    public required string Name { get; init; }
    /// <example>person</example>
    public required SpeakerKind Kind { get; init; }
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
}

/// <summary>An article the claim appeared in.</summary>
public sealed record ClaimAppearance
{
    /// <example>1</example>
    public required long ArticleId { get; init; }
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups</example>
    public required string Url { get; init; }
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <example>BLiTZ</example>
    public string? Outlet { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>The stored quote that makes the claim there, if one does.</summary>
    /// <example>12</example>
    public long? QuoteId { get; init; }
}

/// <summary>The latest verdict of one publisher.</summary>
public sealed record LatestVerdict
{
    /// <example>3</example>
    public required long ReviewId { get; init; }
    public required ReviewPublisher Publisher { get; init; }
    /// <example>False</example>
    public required string TextualRating { get; init; }
    /// <example>1</example>
    public int? RatingValue { get; init; }
    /// <example>5</example>
    public int? BestRating { get; init; }
    /// <example>1</example>
    public int? WorstRating { get; init; }
    public required DateOnly ReviewDate { get; init; }
    /// <example>https://factcheck.example/2024/taxes-doubled</example>
    public required string Url { get; init; }
}

public sealed record ReviewPublisher
{
    /// <example>2</example>
    public required long Id { get; init; }
    /// <example>Fact Check Desk</example>
    public required string Name { get; init; }
    /// <example>factcheck.example</example>
    public string? Domain { get; init; }
}

/// <summary>A claim: what is said, who said it, where it appeared, and the verdicts on it.</summary>
public sealed record ClaimResponse : IVersioned
{
    /// <example>4</example>
    public required long Id { get; init; }
    /// <example>Taxes on families have doubled since 2020.</example>
    public required string Text { get; init; }
    /// <example>en</example>
    public string? Language { get; init; }
    public required IReadOnlyList<Claimant> Claimants { get; init; }
    /// <summary>The stored quotes that make the claim.</summary>
    public required IReadOnlyList<QuoteResponse> Quotes { get; init; }
    /// <summary>Every article the claim appeared in (of its quotes, and known from fact-checks), earliest first.</summary>
    public required IReadOnlyList<ClaimAppearance> Appearances { get; init; }
    /// <summary>The earliest appearance (by the quote's date, else the article's publication), null when none is known.</summary>
    public ClaimAppearance? FirstAppearance { get; init; }
    /// <summary>The latest verdict of each publisher, newest first.</summary>
    public required IReadOnlyList<LatestVerdict> Verdicts { get; init; }
    /// <summary>Set when the claim was retracted: it stays on record, out of lists and matches.</summary>
    public QuoteRetraction? Retraction { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    [JsonIgnore]
    public long Version { get; init; }
}

/// <summary>A fact-check of a claim, as its publisher rated it.</summary>
public sealed record FactCheckRequest
{
    /// <summary>The fact-checking outlet.</summary>
    /// <example>2</example>
    public long PublisherId { get; init; }
    /// <summary>The fact-check's page (https).</summary>
    /// <example>https://factcheck.example/2024/taxes-doubled</example>
    [Required]
    public string Url { get; init; } = "";
    /// <example>Have taxes on families doubled since 2020?</example>
    public string? Title { get; init; }
    /// <example>A. Checker</example>
    public string? Author { get; init; }
    /// <example>2024-03-01</example>
    public DateOnly ReviewDate { get; init; }
    /// <summary>The verdict in the publisher's words.</summary>
    /// <example>False</example>
    [Required]
    public string TextualRating { get; init; } = "";
    /// <example>1</example>
    public int? RatingValue { get; init; }
    /// <example>5</example>
    public int? BestRating { get; init; }
    /// <example>1</example>
    public int? WorstRating { get; init; }
    /// <example>Family taxes rose 8% over the period.</example>
    public string? Explanation { get; init; }
    /// <example>en</example>
    public string? Language { get; init; }
}

public sealed class FactCheckRequestValidator : AbstractValidator<FactCheckRequest>
{
    public FactCheckRequestValidator(TimeProvider clock)
    {
        RuleFor(r => r.PublisherId).GreaterThan(0);
        RuleFor(r => r.Url).NotEmpty().MaximumLength(2048)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps).WithMessage("'url' must be an absolute https URL.");
        RuleFor(r => r.Title).Text(1000);
        RuleFor(r => r.Author).Text(300);
        RuleFor(r => r.ReviewDate).NotEqual(default(DateOnly)).WithMessage("'reviewDate' is required.")
            .Must(d => d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1))).WithMessage("'reviewDate' must not be in the future.");
        RuleFor(r => r.TextualRating).NotEmpty().Text(200);
        RuleFor(r => r.BestRating).NotNull().When(r => r.WorstRating is not null || r.RatingValue is not null)
            .WithMessage("'bestRating' and 'worstRating' give the scale of 'ratingValue'.");
        RuleFor(r => r.WorstRating).NotNull().When(r => r.BestRating is not null || r.RatingValue is not null)
            .WithMessage("'bestRating' and 'worstRating' give the scale of 'ratingValue'.");
        RuleFor(r => r.BestRating).GreaterThan(r => r.WorstRating).When(r => r.BestRating is not null && r.WorstRating is not null)
            .WithMessage("'bestRating' must be above 'worstRating'.");
        RuleFor(r => r.RatingValue).Must((r, v) => v >= r.WorstRating && v <= r.BestRating)
            .When(r => r.RatingValue is not null && r.BestRating is not null && r.WorstRating is not null)
            .WithMessage(r => $"'ratingValue' must be within the scale, {r.WorstRating} to {r.BestRating}.");
        RuleFor(r => r.Explanation).Text(10_000);
        RuleFor(r => r.Language).LanguageTag();
    }
}

/// <summary>A stored fact-check.</summary>
public sealed record FactCheckResponse : IVersioned
{
    /// <example>3</example>
    public required long Id { get; init; }
    /// <example>4</example>
    public required long ClaimId { get; init; }
    public required ReviewPublisher Publisher { get; init; }
    /// <example>https://factcheck.example/2024/taxes-doubled</example>
    public required string Url { get; init; }
    /// <example>Have taxes on families doubled since 2020?</example>
    public string? Title { get; init; }
    /// <example>A. Checker</example>
    public string? Author { get; init; }
    public required DateOnly ReviewDate { get; init; }
    /// <example>False</example>
    public required string TextualRating { get; init; }
    /// <example>1</example>
    public int? RatingValue { get; init; }
    /// <example>5</example>
    public int? BestRating { get; init; }
    /// <example>1</example>
    public int? WorstRating { get; init; }
    /// <example>Family taxes rose 8% over the period.</example>
    public string? Explanation { get; init; }
    /// <example>en</example>
    public string? Language { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    [JsonIgnore]
    public long Version { get; init; }
}

/// <summary>Query of <c>GET /claims</c>.</summary>
public sealed record ClaimListQuery : IPageQuery
{
    /// <summary>Only claims made by this speaker.</summary>
    public long? ClaimantId { get; init; }
    /// <summary>Also list retracted claims.</summary>
    public bool? IncludeRetracted { get; init; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class ClaimListQueryValidator : AbstractValidator<ClaimListQuery>
{
    public ClaimListQueryValidator() => Include(new Paging.Rules());
}

/// <summary>Query of <c>GET /claims/search</c>, like Google Fact Check Tools' claims:search, plus the claimant.</summary>
public sealed record ClaimSearchQuery : IPageQuery
{
    /// <summary>Words of the claim, as they circulate (altered, shortened, misspelt): matched like GET /quotes/search, against
    /// the claim's text and the text of its quotes.</summary>
    [Required]
    public string? Query { get; init; }
    /// <summary>BCP 47 language of the claim.</summary>
    public string? LanguageCode { get; init; }
    /// <summary>Only claims reviewed by the outlet with this domain.</summary>
    public string? ReviewPublisherSiteFilter { get; init; }
    /// <summary>Only claims with a review at most this many days old.</summary>
    public int? MaxAgeDays { get; init; }
    /// <summary>Only claims made by this speaker (what Google's search cannot do).</summary>
    public long? ClaimantId { get; init; }
    /// <summary>Only claims with a review of this textual rating (ignoring case).</summary>
    public string? Rating { get; init; }
    /// <summary>Page size, 1 to 100 (default 10).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class ClaimSearchQueryValidator : AbstractValidator<ClaimSearchQuery>
{
    public ClaimSearchQueryValidator()
    {
        Include(new Paging.Rules());
        RuleFor(q => q.Limit).InclusiveBetween(1, 100);
        RuleFor(q => q.Query).NotEmpty().WithMessage("'query' is required: the words of the claim.").Text(10_000);
        RuleFor(q => q.LanguageCode).LanguageTag();
        RuleFor(q => q.MaxAgeDays).InclusiveBetween(1, 36_500);
        RuleFor(q => q.Rating).Text(200);
        RuleFor(q => q.ReviewPublisherSiteFilter).Text(253);
    }
}

/// <summary>A sentence going around, to match to claims already on record.</summary>
public sealed record ClaimMatchRequest
{
    /// <example>taxes for families have doubled since 2020</example>
    public string Text { get; init; } = "";
    /// <summary>Only claims in this language (BCP 47).</summary>
    /// <example>en</example>
    public string? Language { get; init; }
}

public sealed class ClaimMatchRequestValidator : AbstractValidator<ClaimMatchRequest>
{
    public ClaimMatchRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().Text(10_000);
        RuleFor(r => r.Language).LanguageTag();
    }
}

/// <summary>A claim that matches the text, with its verdicts.</summary>
public sealed record ClaimMatch
{
    public required ClaimResponse Claim { get; init; }
    /// <summary>0 to 1, as in GET /quotes/search.</summary>
    /// <example>0.92</example>
    public required double Score { get; init; }
    /// <summary>exact, altered or weak, as in GET /quotes/search.</summary>
    /// <example>altered</example>
    public required Search.MatchKind Match { get; init; }
}

/// <summary>Claims that match, best first.</summary>
public sealed record ClaimMatches(IReadOnlyList<ClaimMatch> Items, string? NextCursor)
{
    public IReadOnlyList<ClaimMatch> Items { get; init; } = Items;
    /// <summary>Pass it back as <c>cursor</c> for the next page; null on the last page.</summary>
    /// <example>aWQ6MTA</example>
    public string? NextCursor { get; init; } = NextCursor;
}
