using System.Text;

namespace Grader.Batch;

/// <summary>
/// How a zip's names are read when the entry does not carry the UTF-8 flag: as UTF-8 if the bytes are UTF-8 (many
/// tools write it without the flag), else as code page 437, which is what the zip format says. .NET would read them as
/// UTF-8 regardless, so a class zipped by Windows' "Send to compressed folder" had "Mar\uFFFDa" for María, and two
/// names that differ only in their accented letters came out as one student. Names are never written with this.
/// </summary>
internal sealed class ZipNameEncoding : Encoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Cp437 = CodePagesEncodingProvider.Instance.GetEncoding(437)!;

    public static ZipNameEncoding Instance { get; } = new();

    public override int GetByteCount(char[] chars, int index, int count) => UTF8.GetByteCount(chars, index, count);

    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) =>
        UTF8.GetBytes(chars, charIndex, charCount, bytes, byteIndex);

    public override int GetCharCount(byte[] bytes, int index, int count) => For(bytes, index, count).GetCharCount(bytes, index, count);

    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
        For(bytes, byteIndex, byteCount).GetChars(bytes, byteIndex, byteCount, chars, charIndex);

    public override int GetMaxByteCount(int charCount) => UTF8.GetMaxByteCount(charCount);

    public override int GetMaxCharCount(int byteCount) => Math.Max(UTF8.GetMaxCharCount(byteCount), Cp437.GetMaxCharCount(byteCount));

    private static Encoding For(byte[] bytes, int index, int count)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes, index, count);
            return StrictUtf8;
        }
        catch (DecoderFallbackException)
        {
            return Cp437;
        }
    }
}
