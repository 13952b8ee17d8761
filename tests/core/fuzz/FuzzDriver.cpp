// Replays files through a fuzz target in a build without libFuzzer (gcc): every seed and
// every kept regression input runs in each build's ctest, not only in the clang one.
//   fuzz_X_regress DIR_OR_FILE...   (missing paths are reported and skipped)
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

int replay(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // A copy of exactly `size` bytes, as libFuzzer passes it: an overread shows under ASan.
    std::vector<uint8_t> input(bytes.begin(), bytes.end());
    std::cout << "  " << file.string() << " (" << input.size() << " bytes)" << std::endl;
    return LLVMFuzzerTestOneInput(input.empty() ? nullptr : input.data(), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    namespace fs = std::filesystem;
    int count = 0;
    for (int i = 1; i < argc; ++i) {
        const fs::path path(argv[i]);
        std::error_code error;
        if (fs::is_regular_file(path, error)) {
            replay(path);
            ++count;
        } else if (fs::is_directory(path, error)) {
            std::vector<fs::path> files;
            for (const auto &entry : fs::recursive_directory_iterator(path))
                if (entry.is_regular_file() && entry.path().filename() != "README.md")
                    files.push_back(entry.path());
            std::sort(files.begin(), files.end());
            for (const auto &file : files) {
                replay(file);
                ++count;
            }
        } else {
            std::cout << "skipped (not found): " << path.string() << std::endl;
        }
    }
    std::cout << count << " inputs replayed" << std::endl;
    // No input at all means the seed folders moved: a test that replays nothing proves nothing.
    return count > 0 ? 0 : 1;
}
