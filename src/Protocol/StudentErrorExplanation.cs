namespace Grader.Protocol;

/// <summary>
/// A sentence after .NET's own message, which is English: what the common exceptions mean in a student's code, and
/// that the input was empty when the program had read it (nobody types into it under grader: ReadLine gives null).
/// </summary>
public static class StudentErrorExplanation
{
    private static readonly Dictionary<string, (string Es, string En)> ByType = new(StringComparer.Ordinal)
    {
        ["System.NullReferenceException"] = (
            "Se usó un valor null como si fuera un objeto: una variable, un campo o un resultado sin valor.",
            "A null value was used as if it were an object: a variable, a field or a result with no value."),
        ["System.IndexOutOfRangeException"] = (
            "Se leyó o escribió una posición que el array no tiene: un índice negativo, o igual o mayor que su Length.",
            "A position the array does not have was read or written: a negative index, or one equal to or past its Length."),
        ["System.ArgumentOutOfRangeException"] = (
            "Un índice o un argumento está fuera de lo válido, por ejemplo una posición que la lista o el texto no tiene.",
            "An index or an argument is out of range, such as a position the list or the string does not have."),
        ["System.FormatException"] = (
            "Un texto no tiene el formato que se esperaba, por ejemplo int.Parse de algo que no es un número.",
            "A string does not have the expected format, such as int.Parse of something that is not a number."),
        ["System.ArgumentNullException"] = (
            "Se pasó null a un método que necesita un valor.",
            "null was passed to a method that needs a value."),
        ["System.DivideByZeroException"] = (
            "Una división entera entre cero.",
            "An integer division by zero."),
        ["System.Collections.Generic.KeyNotFoundException"] = (
            "La clave no está en el diccionario: compruébalo antes con TryGetValue o ContainsKey.",
            "The key is not in the dictionary: check first with TryGetValue or ContainsKey."),
    };

    /// <returns>The explanation, or null for an exception with nothing to add.</returns>
    public static (string Es, string En)? For(StudentError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        (string Es, string En)? meaning = ByType.TryGetValue(error.Type, out var known) ? known
            : error.Type == "System.InvalidOperationException" && error.Message.StartsWith("Collection was modified", StringComparison.Ordinal)
                ? ("Se cambió una colección mientras un foreach la recorría: recorre una copia (ToList()) o usa un for.",
                    "A collection was changed while a foreach went through it: go through a copy (ToList()) or use a for loop.")
                : null;
        if (!error.InputWasEmpty)
        {
            return meaning;
        }

        var input = ("Tu programa leyó su entrada (Console.ReadLine) y estaba vacía: con grader nadie escribe en ella, así que ReadLine devuelve null.",
            "Your program read its input (Console.ReadLine) and it was empty: under grader nobody types into it, so ReadLine returns null.");
        return meaning is { } m ? (m.Es + " " + input.Item1, m.En + " " + input.Item2) : input;
    }
}
