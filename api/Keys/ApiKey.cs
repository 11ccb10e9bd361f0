using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace Attribution.Api.Keys;

/// <summary>A new API key.</summary>
public sealed record KeyRequest
{
    /// <summary>Who or what the key is for.</summary>
    /// <example>CMS plug-in</example>
    [Required]
    public string Name { get; init; } = "";
    /// <example>editor</example>
    public Role Role { get; init; } = Role.Reader;
}

public sealed class KeyRequestValidator : AbstractValidator<KeyRequest>
{
    public KeyRequestValidator()
    {
        RuleFor(k => k.Name).NotEmpty().MaximumLength(200);
        RuleFor(k => k.Role).IsInEnum();
    }
}

/// <summary>A stored API key, without its secret.</summary>
public record KeyResponse
{
    /// <example>3</example>
    public required long Id { get; init; }
    /// <example>CMS plug-in</example>
    public required string Name { get; init; }
    /// <example>editor</example>
    public required Role Role { get; init; }
    /// <summary>The first characters of the secret, to tell keys apart.</summary>
    /// <example>attr_Xk3f9</example>
    public required string KeyPrefix { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }
}

/// <summary>A key just created: the only response that carries the secret.</summary>
public sealed record CreatedKeyResponse : KeyResponse
{
    /// <summary>The secret to send in X-Api-Key. It is shown only this once; only its hash is stored.</summary>
    /// <example>attr_Xk3f9pQ2mZ0vB7nR4tY8wE1uI6oA5sD3fG9hJ2kL0cV</example>
    public required string Key { get; init; }
}
