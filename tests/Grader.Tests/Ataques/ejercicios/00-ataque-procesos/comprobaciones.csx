[Check("programa_termina")]
Verdict ProgramaTermina(CheckContext ctx)
{
    ctx.RequireProgramCompleted();
    return Verdict.Pass();
}
