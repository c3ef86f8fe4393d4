using YamlDotNet.RepresentationModel;

namespace Grader.Tests.Packaging;

/// <summary>
/// A CI file of docs/ci as far as it can be run here: its steps and the shell lines each runs. A GitHub workflow's
/// step is a step of a job; a GitLab job is one step, its <c>before_script</c> and <c>script</c> lines in order.
/// </summary>
internal sealed class CiWorkflow
{
    private CiWorkflow(string path, YamlMappingNode root, IReadOnlyList<CiStep> steps)
    {
        Path = path;
        Root = root;
        Steps = steps;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public YamlMappingNode Root { get; }

    public IReadOnlyList<CiStep> Steps { get; }

    public bool IsGitHub => Root.Children.ContainsKey(new YamlScalarNode("jobs"));

    public static IReadOnlyList<string> Files() =>
        [.. Directory.EnumerateFiles(System.IO.Path.Combine(Support.RepoPaths.Root, "docs", "ci"), "*.yml").Order(StringComparer.Ordinal)];

    public static CiWorkflow Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var steps = new List<CiStep>();
        if (root.Children.TryGetValue(new YamlScalarNode("jobs"), out var jobs))
        {
            foreach (var (name, job) in ((YamlMappingNode)jobs).Children)
            {
                var jobSteps = CiStep.Child<YamlSequenceNode>((YamlMappingNode)job, "steps")?.Children ?? [];
                steps.AddRange(jobSteps.Cast<YamlMappingNode>().Select(s => new CiStep(Text(name), s, Lines(CiStep.Scalar(s, "run")))));
            }
        }
        else
        {
            foreach (var (name, job) in root.Children)
            {
                if (job is YamlMappingNode mapping && mapping.Children.ContainsKey(new YamlScalarNode("script")))
                {
                    var lines = new[] { "before_script", "script" }
                        .SelectMany(key => CiStep.Child<YamlSequenceNode>(mapping, key)?.Children ?? [])
                        .SelectMany(item => Lines(Text(item)));
                    steps.Add(new CiStep(Text(name), mapping, [.. lines]));
                }
            }
        }

        return new CiWorkflow(path, root, steps);
    }

    /// <summary>The commands of a shell script: no blank lines or comments, a line ending in a backslash joined to the next.</summary>
    private static List<string> Lines(string? script)
    {
        var lines = new List<string>();
        var pending = "";
        foreach (var raw in (script ?? "").Split('\n'))
        {
            var line = pending + raw.Trim();
            if (line.EndsWith('\\'))
            {
                pending = line[..^1];
                continue;
            }

            pending = "";
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}

/// <summary>One step (GitHub) or job (GitLab) and the shell lines it runs.</summary>
internal sealed record CiStep(string Job, YamlMappingNode Node, IReadOnlyList<string> Lines)
{
    public string? Id => Scalar(Node, "id");

    public string? Uses => Scalar(Node, "uses");

    /// <summary>The lines this test can run: the grader's own. Checking out, setting up .NET and reporting need GitHub.</summary>
    public IEnumerable<string> GraderLines => Lines.Where(l => l == "grader" || l.StartsWith("grader ", StringComparison.Ordinal));

    public string? Value(params string[] path)
    {
        YamlNode? node = Node;
        foreach (var key in path)
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return (node as YamlScalarNode)?.Value;
    }

    public static string? Scalar(YamlMappingNode node, string key) => Child<YamlScalarNode>(node, key)?.Value;

    public static T? Child<T>(YamlMappingNode node, string key)
        where T : YamlNode =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child as T : null;
}
