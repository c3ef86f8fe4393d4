namespace Grader.Tests.Support;

/// <summary>Scripts built to stall or exhaust the compiler, shared by the tests of the compile and of the corpus.</summary>
internal static class HostileSources
{
    /// <summary>
    /// Lambdas nested <paramref name="depth"/> deep, each passed to three overloads: the binder tries 3^depth
    /// bindings, and past about 3^12 stops polling cancellation.
    /// </summary>
    public static string StalledOverloads(int depth)
    {
        var body = "0";
        for (var i = depth - 1; i >= 0; i--)
        {
            body = $"M(v{i} => {body})";
        }

        return "int M(Func<int, int> f) => 0;\nint M(Func<string, int> f) => 0;\nint M(Func<long, int> f) => 0;\nvar r = " + body + ";\n";
    }

    /// <summary>Three chains of constants, each twice the one before: folded, they need 6 GB.</summary>
    public static string FoldedConstants() =>
        string.Concat("abc".Select(c => $"const string {c}0 = \"xxxxxxxxxxxxxxxx\";\n"
            + string.Concat(Enumerable.Range(1, 25).Select(i => $"const string {c}{i} = {c}{i - 1} + {c}{i - 1};\n"))))
        + "Console.WriteLine(a25.Length + b25.Length + c25.Length);\n";
}
