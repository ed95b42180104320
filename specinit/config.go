package specinit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"

	"gopkg.in/yaml.v3"
)

// yamlLine reads the line yaml.v3 puts in its messages ("yaml: line 3:
// ...", "line 3: cannot unmarshal ...").
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// decodeConfig decodes the YAML configuration file holding data into v:
// an empty file, or one of comments only, says so, and a malformed one
// names the file and line as FILE:LINE: message, as the spec's errors do.
func decodeConfig(file string, data []byte, v any) error {
	err := yaml.NewDecoder(bytes.NewReader(data)).Decode(v)
	if errors.Is(err, io.EOF) {
		return fmt.Errorf("%s: empty: no configuration to translate", file)
	}
	if err == nil {
		return nil
	}
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		return fmt.Errorf("%s:%s: %s", file, m[1], m[2])
	}
	return fmt.Errorf("%s: %w", file, err)
}
