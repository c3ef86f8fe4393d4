namespace Grader.Checks.Code;

/// <summary>
/// What the host's compiler read in the student's source, handed to the checks so that rules about the
/// code ("Fib calls itself", "no .Result in an async method") need no compiler in the child process.
/// </summary>
public sealed record CodeFacts(IReadOnlyList<FunctionFacts> Functions)
{
    public static CodeFacts Empty { get; } = new([]);

    /// <summary>The student's function of that name (top-level first, then methods of their classes).</summary>
    public FunctionFacts? Function(string name) =>
        Functions.FirstOrDefault(f => f.Name == name && f.ContainingType is null)
        ?? Functions.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// True when <paramref name="from"/> uses a function of the student's named <paramref name="name"/>, in its own
    /// body (lambdas included) or in a function of the student's it calls or hands on as a method group
    /// (<c>new Thread(Trabajar)</c>), however deep. Read from the code: a call that never runs still counts.
    /// </summary>
    public bool Reaches(string from, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
            {
                continue;
            }

            foreach (var call in Functions.Where(f => f.Name == current).SelectMany(f => f.Calls).Where(c => c.IsStudentCode))
            {
                if (call.Name == name)
                {
                    return true;
                }

                pending.Push(call.Name);
            }
        }

        return false;
    }
}

/// <summary>A method or local function the student declared.</summary>
/// <param name="IsUnfinished">Still throws the stub's NotImplementedException.</param>
/// <param name="ContainingType">Null for functions at the top level of the script.</param>
public sealed record FunctionFacts(
    string Name,
    string? ContainingType,
    int Line,
    bool IsAsync,
    bool IsUnfinished,
    IReadOnlyList<CallFact> Calls)
{
    /// <summary>True when the body calls a function of the student's with this name (directly, not through another).</summary>
    public bool CallsOwn(string name) => Calls.Any(c => c.IsStudentCode && c.Name == name && c.Kind != CallKind.Reference);
}

/// <summary>A use of a method, property or constructor inside a function's body.</summary>
/// <param name="Member">The symbol as the compiler names it, such as <c>System.Threading.Tasks.Task&lt;TResult&gt;.Result</c>.</param>
/// <param name="OnAwaitedTask">
/// The member is used on a task (or on an element of a collection of tasks) that an earlier <c>await</c> in the
/// same function already waited for: <c>.Result</c> there does not block.
/// </param>
/// <param name="OffThread">
/// The use is inside a lambda handed to another thread (<c>Task.Run</c>, <c>Task.Factory.StartNew</c>,
/// <c>new Thread</c>, <c>ThreadPool.QueueUserWorkItem</c>): it does not block the function's caller.
/// </param>
public sealed record CallFact(string Name, string Member, CallKind Kind, int Line, bool IsStudentCode, bool OnAwaitedTask = false, bool OffThread = false);

public enum CallKind
{
    Method,
    Property,
    Constructor,

    /// <summary>A method named without being called here: a method group handed on, as in <c>new Thread(Trabajar)</c>.</summary>
    Reference,
}
