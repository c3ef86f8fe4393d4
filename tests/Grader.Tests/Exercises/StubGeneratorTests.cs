using Grader.Exercises;
using Grader.Tests.Support;

namespace Grader.Tests.Exercises;

public sealed class StubGeneratorTests
{
    public static TheoryData<string> BundledExercises()
    {
        var data = new TheoryData<string>();
        foreach (var exercise in new ExerciseCatalog(RepoPaths.Exercises).All())
        {
            data.Add(exercise.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BundledExercises))]
    public void The_committed_stub_is_the_one_generated_from_the_solution(string id)
    {
        var solution = File.ReadAllText(RepoPaths.Exercise(id, Exercise.SolutionFile));

        var generated = StubGenerator.FromSolution(solution);

        Assert.Equal(generated, File.ReadAllText(RepoPaths.Exercise(id, Exercise.TemplateFile)));
    }

    [Fact]
    public void A_solution_block_becomes_completa_and_a_throw_at_its_indentation()
    {
        var solution = "int Doble(int x)\n{\n    // INICIO SOLUCIÓN\n    return 2 * x;\n    // FIN SOLUCIÓN\n}\nConsole.WriteLine(Doble(2));";

        var stub = StubGenerator.FromSolution(solution);

        Assert.Equal("int Doble(int x)\n{\n    // completa\n    throw new NotImplementedException();\n}\nConsole.WriteLine(Doble(2));", stub);
    }

    [Theory]
    [InlineData("// INICIO SOLUCIÓN\nx();", "never closed")]
    [InlineData("x();\n// FIN SOLUCIÓN", "without")]
    [InlineData("// INICIO SOLUCIÓN\n// INICIO SOLUCIÓN\n// FIN SOLUCIÓN", "inside another")]
    public void Unbalanced_markers_are_reported(string solution, string problem)
    {
        var error = Assert.Throws<InvalidExerciseException>(() => StubGenerator.FromSolution(solution));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
