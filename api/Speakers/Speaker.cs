using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Attribution.Api.Infrastructure;
using FluentValidation;

namespace Attribution.Api.Speakers;

/// <summary>Who can be quoted.</summary>
public enum SpeakerKind
{
    Person,
    Organisation,
    Group,
    /// <summary>An unnamed source; the speaker's name is its description, e.g. "a retired counterterrorism official".</summary>
    Anonymous,
}

/// <summary>A person, organisation, group or anonymous source that can be quoted.</summary>
public sealed record SpeakerResponse : IVersioned
{
    /// <example>7</example>
    public required long Id { get; init; }
    /// <example>Aaron Zelin</example>
    public required string Name { get; init; }
    /// <example>person</example>
    public required SpeakerKind Kind { get; init; }
    /// <summary>Other names the speaker goes by.</summary>
    /// <example>["Aaron Y. Zelin"]</example>
    public required string[] Aliases { get; init; }
    /// <summary>Wikidata item id, unique across speakers.</summary>
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
    /// <example>Political violence scholar</example>
    public string? Description { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    /// <summary>Row version behind the ETag.</summary>
    [JsonIgnore]
    public long Version { get; init; }
}

/// <summary>A new speaker, or (through PATCH, as a JSON merge patch) the fields to change.</summary>
public sealed record SpeakerRequest
{
    /// <summary>The name, or for an anonymous source its description.</summary>
    /// <example>Aaron Zelin</example>
    [Required]
    public string Name { get; init; } = "";
    /// <example>person</example>
    public SpeakerKind Kind { get; init; } = SpeakerKind.Person;
    /// <example>["Aaron Y. Zelin"]</example>
    public string[] Aliases { get; init; } = [];
    /// <summary>Wikidata item id: Q followed by digits. Not for anonymous speakers.</summary>
    /// <example>Q42</example>
    public string? WikidataId { get; init; }
    /// <example>Political violence scholar</example>
    public string? Description { get; init; }
}

public sealed class SpeakerRequestValidator : AbstractValidator<SpeakerRequest>
{
    public SpeakerRequestValidator()
    {
        RuleFor(s => s.Name).NotEmpty().Text(300);
        RuleFor(s => s.Kind).IsInEnum();
        RuleFor(s => s.Aliases).Must(a => a.Length <= 50).WithMessage("'aliases' can hold at most 50 names.");
        RuleForEach(s => s.Aliases).NotEmpty().Text(300);
        RuleFor(s => s.WikidataId).Matches(SpeakerRules.WikidataPattern).WithMessage(SpeakerRules.WikidataMessage);
        RuleFor(s => s.WikidataId).Null().When(s => s.Kind == SpeakerKind.Anonymous)
            .WithMessage("An anonymous speaker cannot have a Wikidata id.");
        RuleFor(s => s.Description).Text(2000);
    }
}

internal static class SpeakerRules
{
    public const string WikidataPattern = "^Q[1-9][0-9]{0,11}$";
    public const string WikidataMessage = "'wikidataId' must be a Wikidata item id: Q followed by digits, e.g. Q42.";
}

/// <summary>Query of <c>GET /speakers</c>.</summary>
public sealed record SpeakerListQuery : IPageQuery
{
    /// <summary>Part of a name or alias, matched ignoring case and accents.</summary>
    public string? Q { get; init; }
    /// <summary>Page size, 1 to 500 (default 50).</summary>
    public int? Limit { get; init; }
    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }
}

public sealed class SpeakerListQueryValidator : AbstractValidator<SpeakerListQuery>
{
    public SpeakerListQueryValidator()
    {
        Include(new Paging.Rules());
        RuleFor(q => q.Q).NotEmpty().Text(300).When(q => q.Q is not null);
    }
}

/// <summary>A speaker's role at an organisation over a time range; either end may be open.</summary>
public sealed record AffiliationResponse
{
    /// <example>3</example>
    public required long Id { get; init; }
    /// <example>Washington Institute for Near East Policy</example>
    public required string Organisation { get; init; }
    /// <example>Senior fellow</example>
    public string? Role { get; init; }
    /// <summary>First day in the role; null when unknown or open.</summary>
    /// <example>2019-01-01</example>
    public DateOnly? From { get; init; }
    /// <summary>Last day in the role; null while it lasts.</summary>
    public DateOnly? To { get; init; }
}

/// <summary>A new affiliation.</summary>
public sealed record AffiliationRequest
{
    /// <example>Washington Institute for Near East Policy</example>
    [Required]
    public string Organisation { get; init; } = "";
    /// <example>Senior fellow</example>
    public string? Role { get; init; }
    /// <example>2019-01-01</example>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}

public sealed class AffiliationRequestValidator : AbstractValidator<AffiliationRequest>
{
    public AffiliationRequestValidator()
    {
        RuleFor(a => a.Organisation).NotEmpty().Text(300);
        RuleFor(a => a.Role).Text(300);
        RuleFor(a => a.To).GreaterThanOrEqualTo(a => a.From).When(a => a.From is not null && a.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
