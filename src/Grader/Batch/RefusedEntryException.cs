namespace Grader.Batch;

/// <summary>An inbox file that was opened but cannot be graded; the message is the bilingual reason to list it with.</summary>
internal sealed class RefusedEntryException(string reason) : IOException(reason)
{
    public static RefusedEntryException TooLarge(long max) =>
        new($"mayor de {InboxLimits.Size(max)} / larger than {InboxLimits.Size(max)}");
}
