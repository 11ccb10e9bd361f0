namespace Attribution.Tests.Infrastructure;

/// <summary>The checkout the tests run from, for scripts and documents they use.</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Attribution.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("The tests run outside the repository.");
        return root;
    }
}
