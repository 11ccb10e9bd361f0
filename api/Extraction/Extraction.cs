using Attribution.Api.Infrastructure;
using FluentValidation;

namespace Attribution.Api.Extraction;

/// <summary>An article's text to find quotes in.</summary>
public sealed record ExtractRequest
{
    /// <summary>The article text; offsets in the answer are Unicode code points into it.</summary>
    /// <example>“We are going to go back to a pre-9/11 state – a breeding ground for terrorism,” warned Michael McCaul, the ranking Republican member of the US House Foreign Affairs Committee.</example>
    public string Text { get; init; } = "";
    /// <summary>The headline: people it names in full help resolve a surname or "he" in the text.</summary>
    /// <example>Afghanistan under Taliban, good news for Islamist terrorist groups</example>
    public string? Title { get; init; }
    /// <summary>When the article was published: dates quotes whose sentence says "yesterday" or "on Friday".</summary>
    /// <example>2021-08-20T09:00:00Z</example>
    public DateTimeOffset? PublishedAt { get; init; }
}

public sealed class ExtractRequestValidator : AbstractValidator<ExtractRequest>
{
    public const int MaxTextLength = 500_000;

    public ExtractRequestValidator()
    {
        RuleFor(r => r.Text).NotEmpty().Text(MaxTextLength);
        RuleFor(r => r.Title).Text(1000);
    }
}

/// <summary>The quotes found, in text order.</summary>
public sealed record ExtractResponse(IReadOnlyList<ExtractedQuote> Quotes)
{
    public IReadOnlyList<ExtractedQuote> Quotes { get; init; } = Quotes;
}

/// <summary>Query of <c>POST /articles/{id}/extract</c>.</summary>
public sealed record ArticleExtractQuery
{
    /// <summary>Store the quotes found (speakers matched or created as in POST /quotes); quotes already stored at the same place are kept, not added again.</summary>
    public bool? Save { get; init; }
}
