# Shared by the benchmark session scripts (sourced): machine facts and one logged bench command.
# Expects JAR, OUT and CSV set; OUT exists.

# Writes the machine's facts, then "settings <the given text>", to the terminal and $OUT/machine.txt.
machine_facts() {
  {
    echo "commit   $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . || echo ' (uncommitted changes)')"
    echo "date     $(date -u +%FT%TZ)"
    echo "cpu      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores"
    echo "memory   $(free -g | awk '/^Mem:/{print $2}') GB"
    echo "os       $(. /etc/os-release && echo "$PRETTY_NAME"), $(java -version 2>&1 | head -1)"
    echo "load     $(uptime)"
    echo "settings $*"
  } | tee "$OUT/machine.txt"
}

run() { # name, then the bench arguments; appends to $CSV, logs to $OUT/<name>.log
  local name=$1; shift
  echo; echo "### $name: java -jar $JAR $*" | tee -a "$OUT/commands.txt"
  java -jar "$JAR" "$@" --csv "$CSV" 2>&1 | tee "$OUT/$name.log"
}
