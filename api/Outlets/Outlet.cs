using Attribution.Api.Infrastructure;
using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using FluentValidation;

namespace Attribution.Api.Outlets;

/// <summary>A news outlet: who published an article.</summary>
public sealed record OutletResponse
{
    /// <example>1</example>
    public required long Id { get; init; }
    /// <example>BLiTZ</example>
    public required string Name { get; init; }
    /// <summary>The outlet's web domain, lower case.</summary>
    /// <example>weeklyblitz.net</example>
    public string? Domain { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    /// <example>BD</example>
    public string? Country { get; init; }
}

/// <summary>A new outlet.</summary>
public sealed record OutletRequest
{
    /// <example>BLiTZ</example>
    [Required]
    public string Name { get; init; } = "";
    /// <summary>The outlet's web domain (unique); stored lower case, without "www.".</summary>
    /// <example>weeklyblitz.net</example>
    public string? Domain { get; init; }
    /// <summary>ISO 3166-1 alpha-2 country code, upper case.</summary>
    /// <example>BD</example>
    public string? Country { get; init; }

    /// <summary>The domain as stored: trimmed, lower case, without a trailing dot or a leading "www.".</summary>
    public static string? NormalizeDomain(string? domain)
    {
        var d = domain?.Trim().TrimEnd('.').ToLowerInvariant();
        return d is not null && d.StartsWith("www.", StringComparison.Ordinal) ? d[4..] : d;
    }
}

public sealed partial class OutletRequestValidator : AbstractValidator<OutletRequest>
{
    public OutletRequestValidator()
    {
        RuleFor(o => o.Name).NotEmpty().Text(200);
        RuleFor(o => o.Domain).Must(d => d is null || HostName().IsMatch(OutletRequest.NormalizeDomain(d)!))
            .WithMessage("'domain' must be a host name such as example.com, without scheme or path.");
        RuleFor(o => o.Country).Matches("^[A-Z]{2}$").WithMessage("'country' must be an ISO 3166-1 alpha-2 code such as GB.");
    }

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();
}
