[Check("programa_termina")]
Verdict ProgramaTermina(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    return ctx.Program.Output.Contains("RESPUESTA_ESPERADA_SECRETA", StringComparison.Ordinal) ? Verdict.Fail("no", "no") : Verdict.Pass();
}
