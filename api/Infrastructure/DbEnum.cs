namespace Attribution.Api.Infrastructure;

/// <summary>Enums are stored as their lower-case names, which the migrations' check constraints list.</summary>
public static class DbEnum
{
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
