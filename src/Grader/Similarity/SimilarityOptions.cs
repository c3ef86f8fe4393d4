namespace Grader.Similarity;

/// <summary>
/// How hard the similarity search looks. The defaults are tuned for the bundled exercises: scripts of 20 to 120
/// lines where the stub already holds the signatures and the top level, so what a student writes is often
/// only 10 to 60 lines (50 to 400 tokens).
/// </summary>
internal sealed record SimilarityOptions
{
    public static SimilarityOptions Default { get; } = new();

    /// <summary>
    /// The share of the smaller file's fingerprints the other file must also have to be reported. 0.8 leaves
    /// room for a copy that was edited here and there (each edit costs the k-grams around it), while two
    /// students who wrote the same few idioms independently rarely share four fifths of their code.
    /// </summary>
    public double Threshold
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value, nameof(Threshold));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0, nameof(Threshold));
            field = value;
        }
    } = 0.8;

    /// <summary>
    /// Tokens per k-gram. With names and literals abstracted away, short runs such as <c>ID . ID ( ID ) ;</c>
    /// are in every file, so k must span more than one simple statement to mean anything; 12 tokens is about
    /// a statement like <c>var h = new Thread(() =&gt; F(n));</c> or two short calls. Much longer and the small
    /// bodies students write (a three-line function is about 25 tokens) would yield almost no k-grams, and
    /// every edit would hide k tokens on each side of it.
    /// </summary>
    public int K
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(K));
            field = value;
        }
    } = 12;

    /// <summary>
    /// Winnowing window, in k-grams. Any run of at least <c>Window + K - 1</c> (here 15) shared tokens is
    /// guaranteed to leave a shared fingerprint, and about 2 / (Window + 1) of the k-grams (two in five) are
    /// kept: small files keep enough fingerprints to be compared, and the class's index stays small.
    /// </summary>
    public int Window
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(Window));
            field = value;
        }
    } = 4;

    /// <summary>
    /// Files with fewer fingerprints (after the stub's are removed) are never compared: with two or three
    /// fingerprints one coincidence would already be a high share. Every k-gram that touches a student's token is
    /// new, so one short statement of their own already yields about ten, and the smallest bundled solution
    /// (03) about 17: eight keeps out only files with next to nothing of their own, such as the untouched stub.
    /// </summary>
    public int MinFingerprints
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(MinFingerprints));
            field = value;
        }
    } = 8;
}
