using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Attribution.Api.Keys;

/// <summary>Roles in increasing power: a reader may GET, an editor may also write, an admin may also manage keys.</summary>
public enum Role
{
    Reader,
    Editor,
    Admin,
}

/// <summary>Who is making a change: an API key (id and name), the bootstrap admin key, or the system itself.</summary>
public sealed record Actor(long? KeyId, string Name)
{
    public const string KeyIdClaim = "attribution:key_id";
    public static readonly Actor BootstrapAdmin = new(null, "ATTRIBUTION_ADMIN_KEY");

    public static Actor System(string what) => new(null, $"system ({what})");

    public static Actor From(ClaimsPrincipal user) =>
        new(long.TryParse(user.FindFirstValue(KeyIdClaim), out var id) ? id : null, user.Identity?.Name ?? "unknown");

    /// <summary>A stable identity for scoping idempotency keys and rate limits.</summary>
    public string Scope => KeyId is { } id ? $"key:{id}" : Name;
}

public static class Access
{
    public static IServiceCollection AddAttributionAccess(this IServiceCollection services)
    {
        services.AddSingleton<KeyCache>();
        services.AddAuthentication(ApiKeyAuthentication.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(nameof(Role.Reader), p => p.RequireRole(nameof(Role.Reader), nameof(Role.Editor), nameof(Role.Admin)))
            .AddPolicy(nameof(Role.Editor), p => p.RequireRole(nameof(Role.Editor), nameof(Role.Admin)))
            .AddPolicy(nameof(Role.Admin), p => p.RequireRole(nameof(Role.Admin)))
            // Anything not marked otherwise needs a key; /health and the OpenAPI document opt out explicitly.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    /// <summary>For groups that only compute an answer and store nothing (POST /extract, POST /quotes/verify): a reader key.</summary>
    public static RouteGroupBuilder WithReadAccess(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint => endpoint.Metadata.Add(new AuthorizeAttribute(nameof(Role.Reader))));
        return group;
    }

    /// <summary>Reads (GET) need a reader key, every other method an editor key.</summary>
    public static RouteGroupBuilder WithReadWriteAccess(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            var readOnly = methods.Count > 0 && methods.All(m => m is "GET" or "HEAD");
            endpoint.Metadata.Add(new AuthorizeAttribute(readOnly ? nameof(Role.Reader) : nameof(Role.Editor)));
        });
        return group;
    }
}
