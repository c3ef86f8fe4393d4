// Comprobaciones ocultas de 05-fibonacci-hilos: se compilan detrás de comprobaciones.csx (FibEsperado es de allí)
// y no van en la edición del alumnado, que ve su nombre y su resultado, nunca los valores que se piden.

// Otros n que los de fib_valores: un Fib que devuelve de memoria los valores que pide la comprobación visible pasa
// aquella y esta no. Ninguno pasa de 30, así que un Fib recursivo correcto tarda milisegundos.
[Check("fib_otros_valores")]
Verdict FibOtrosValores(CheckContext ctx)
{
    foreach (var n in new[] { 6, 7, 8, 9, 12, 15, 30 })
    {
        var verdict = Expect.Equal(FibEsperado(n), Fib(n), $"Fib({n})", $"Fib({n})");
        if (!verdict.Passed)
        {
            return verdict;
        }
    }

    return Verdict.Pass();
}
