using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attribution.Api.Infrastructure;
using FluentValidation;

namespace Attribution.Api.Articles;

/// <summary>An article that quotes appeared in.</summary>
public sealed record ArticleResponse : IVersioned
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <summary>The canonical URL: lower-case host, no tracking parameters, fragment or trailing slash.</summary>
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups</example>
    public required string Url { get; init; }
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <example>1</example>
    public long? OutletId { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    /// <summary>The byline.</summary>
    /// <example>["James M. Dorsey"]</example>
    public required string[] Authors { get; init; }
    /// <summary>BCP 47 language tag.</summary>
    /// <example>en</example>
    public string? Language { get; init; }
    /// <summary>The article text that quote offsets count into; left out of lists (see bodyLength).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Body { get; init; }
    /// <summary>Length of the body in Unicode code points; null when the article has no body.</summary>
    /// <example>8102</example>
    public int? BodyLength { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Row version behind the ETag.</summary>
    [JsonIgnore]
    public long Version { get; init; }
}

/// <summary>A new article, or (through PATCH, as a JSON merge patch) the fields to change.</summary>
public sealed record ArticleRequest
{
    /// <summary>Absolute http(s) URL; stored in canonical form, unique.</summary>
    /// <example>https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups/?utm_source=rss</example>
    [Required]
    public string Url { get; init; } = "";
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <example>1</example>
    public long? OutletId { get; init; }
    /// <example>2021-09-05T08:00:00Z</example>
    public DateTimeOffset? PublishedAt { get; init; }
    /// <example>["James M. Dorsey"]</example>
    public string[] Authors { get; init; } = [];
    /// <summary>BCP 47 language tag.</summary>
    /// <example>en</example>
    public string? Language { get; init; }
    /// <summary>The article text, up to 1,000,000 code points; quote offsets count into it.</summary>
    public string? Body { get; init; }
}

public sealed class ArticleRequestValidator : AbstractValidator<ArticleRequest>
{
    public ArticleRequestValidator()
    {
        RuleFor(a => a.Url).NotEmpty().MaximumLength(2048)
            .Must(url => CanonicalUrl.TryNormalize(url, out _)).WithMessage("'url' must be an absolute http or https URL.");
        RuleFor(a => a.Title).Text(1000);
        RuleFor(a => a.OutletId).GreaterThan(0);
        RuleFor(a => a.Authors).Must(a => a.Length <= 50).WithMessage("'authors' can hold at most 50 names.");
        RuleForEach(a => a.Authors).NotEmpty().Text(300);
        RuleFor(a => a.Language).LanguageTag();
        RuleFor(a => a.Body).Must(b => b is null || QuoteText.CodePointCount(b) <= 1_000_000)
            .WithMessage("'body' can be at most 1,000,000 code points.");
    }
}

/// <summary>Query of <c>GET /articles</c>.</summary>
public sealed record ArticleListQuery : IPageQuery
{
    /// <summary>The article with this URL (any spelling that canonicalises to it).</summary>
    public string? Url { get; init; }
    public long? OutletId { get; init; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class ArticleListQueryValidator : AbstractValidator<ArticleListQuery>
{
    public ArticleListQueryValidator()
    {
        Include(new Paging.Rules());
        RuleFor(q => q.Url).Must(url => CanonicalUrl.TryNormalize(url, out _)).When(q => q.Url is not null)
            .WithMessage("'url' must be an absolute http or https URL.");
    }
}
