namespace Grader.Execution.Isolation;

/// <summary>Which layers protect a run, the best the machine allows; recorded in every report.</summary>
/// <param name="Namespaces">"bwrap", "unshare" or "none".</param>
/// <param name="Cgroups">"v2", "v1" or "none".</param>
internal sealed record IsolationLayers(
    string Namespaces,
    string Cgroups,
    bool Rlimits,
    bool Seccomp,
    bool UnprivilegedUser,
    bool ReadOnlyView)
{
    public static IsolationLayers PlainProcess { get; } = new("none", "none", false, false, false, false);

    /// <summary>The layers a report recorded as <see cref="Names"/>, as the gradebook keeps them; names it does not know are ignored.</summary>
    public static IsolationLayers FromNames(IEnumerable<string> names)
    {
        var known = names.ToHashSet(StringComparer.Ordinal);
        string Kind(string layer, params string[] kinds) => kinds.FirstOrDefault(k => known.Contains($"{layer}:{k}")) ?? "none";
        return new IsolationLayers(
            Kind("namespaces", "bwrap", "unshare"),
            Kind("cgroups", "v2", "v1"),
            known.Contains("rlimits"),
            known.Contains("seccomp"),
            known.Contains("unprivileged-uid"),
            known.Contains("read-only-view"));
    }

    /// <summary>Every layer there is: what an instructor can require with --require-isolation.</summary>
    public bool Full => Namespaces == "bwrap" && Cgroups != "none" && Rlimits && Seccomp && UnprivilegedUser && ReadOnlyView;

    /// <summary>The layers <see cref="Full"/> asks for that these lack, as short names.</summary>
    public IReadOnlyList<string> Missing =>
        new[]
        {
            Namespaces != "bwrap" ? "namespaces:bwrap" : null,
            Cgroups == "none" ? "cgroups" : null,
            Rlimits ? null : "rlimits",
            Seccomp ? null : "seccomp",
            UnprivilegedUser ? null : "unprivileged-uid",
            ReadOnlyView ? null : "read-only-view",
        }.OfType<string>().ToList();

    /// <summary>The layers as short names, such as <c>namespaces:bwrap</c>, <c>cgroups:v1</c>, <c>seccomp</c>.</summary>
    public IReadOnlyList<string> Names =>
        new[]
        {
            Namespaces != "none" ? "namespaces:" + Namespaces : null,
            Cgroups != "none" ? "cgroups:" + Cgroups : null,
            Rlimits ? "rlimits" : null,
            Seccomp ? "seccomp" : null,
            UnprivilegedUser ? "unprivileged-uid" : null,
            ReadOnlyView ? "read-only-view" : null,
            "empty-environment",
            "timeout",
            "output-cap",
            "heap-limit",
        }.OfType<string>().ToList();
}
