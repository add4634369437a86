/// An export in a format GDAL writes (a file, never standard output) asked for one
/// layer without naming the file.
public struct ExportNeedsFile: UseCaseRefusal, Equatable {
    /// The format asked for.
    public var format: ExportFormat

    public var description: String {
        "--format \(format.rawValue) writes a file, not standard output: give it with -o FILE.\(format.fileExtension)"
    }
}
