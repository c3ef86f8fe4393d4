using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using Grader.Protocol;

namespace Grader.Runner;

/// <summary>Locates an exception in the student's file: which of their functions, which line, and whether it is a stub.</summary>
internal sealed partial class StudentErrorDescriber(Assembly studentAssembly)
{
    /// <summary>Null when no frame of the exception belongs to the student's code.</summary>
    public StudentError? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        exception = Unwrap(exception);
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        for (var i = 0; i < frames.Length; i++)
        {
            var method = frames[i].GetMethod();
            if (method?.Module.Assembly != studentAssembly)
            {
                continue;
            }

            var line = frames[i].GetFileLineNumber();
            return new StudentError
            {
                Type = exception.GetType().FullName ?? exception.GetType().Name,
                Message = exception.Message,
                Function = FunctionName(method),
                Line = line > 0 ? line : null,
                Unfinished = i == 0 && exception is NotImplementedException,
                InputWasEmpty = EmptyInput.Instance.WasRead,
            };
        }

        return null;
    }

    /// <summary>Describes an exception even when no frame is the student's (thrown by a thread the runtime started).</summary>
    public StudentError DescribeAnyway(Exception exception) =>
        Describe(exception) ?? new StudentError
        {
            Type = Unwrap(exception).GetType().FullName ?? "Exception",
            Message = Unwrap(exception).Message,
            InputWasEmpty = EmptyInput.Instance.WasRead,
        };

    public static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    exception = aggregate.InnerExceptions[0];
                    break;
                case TypeInitializationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                default:
                    return exception;
            }
        }
    }

    /// <summary>
    /// The name the student wrote, from the compiler's: <c>&lt;Fib&gt;d__3</c> (async), <c>&lt;Main&gt;g__Inner|0_0</c>
    /// (local function), <c>&lt;Foo&gt;b__0_0</c> (lambda). Null for the top-level statements.
    /// </summary>
    private static string? FunctionName(MethodBase method)
    {
        var name = method.Name;
        var type = method.DeclaringType;
        if (name == "MoveNext" && type is not null && GeneratedName().Match(type.Name) is { Success: true } machine)
        {
            name = machine.Groups["outer"].Value;
        }

        if (LocalFunction().Match(name) is { Success: true } local)
        {
            return local.Groups["local"].Value;
        }

        if (GeneratedName().Match(name) is { Success: true } generated)
        {
            name = generated.Groups["outer"].Value;
        }

        return name is "<Initialize>" or "Initialize" or "<Factory>" or ".ctor" ? null : name;
    }

    [GeneratedRegex(@"^<(?<outer><?[^>]*>?)>[a-z]__")]
    private static partial Regex GeneratedName();

    [GeneratedRegex(@"^<[^>]*>g__(?<local>[^|]+)\|")]
    private static partial Regex LocalFunction();
}
