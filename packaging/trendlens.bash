# bash completion for trendlens                                     -*- shell-script -*-
# Installed as share/bash-completion/completions/trendlens. Self-contained: it needs none of
# bash-completion's helpers, so it also works when sourced by hand.

# Runs `trendlens ARGS...` on the workspace named on the line (-w/--workspace), else the
# default one.
_trendlens_in_workspace() {
    local i workspace=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
            -w | --workspace) workspace=(-w "${COMP_WORDS[i + 1]}") ;;
        esac
    done
    trendlens "$@" "${workspace[@]}" 2>/dev/null
}

_trendlens_datasets() {
    _trendlens_in_workspace datasets | tail -n +2 | cut -d' ' -f1
}

_trendlens_connections() {
    _trendlens_in_workspace connection list | cut -f1
}

_trendlens() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD - 1]}"
    local command="${COMP_WORDS[1]}" source="${COMP_WORDS[2]}"
    local common="-w --workspace -h --help"
    COMPREPLY=()

    if ((COMP_CWORD == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "import datasets sql export publish connection fetch chart score schedule runs health demo help" -- "$cur"))
            COMPREPLY+=($(compgen -f -X '!*.trendlens' -- "$cur") $(compgen -d -- "$cur"))
        fi
        return
    fi

    # Values of the option just typed.
    case "$prev" in
        -w | --workspace)
            COMPREPLY=($(compgen -f -X '!*.trendlens' -- "$cur") $(compgen -d -- "$cur"))
            return ;;
        --format)
            if [[ $command == export ]]; then
                COMPREPLY=($(compgen -W "csv ndjson" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "auto csv tsv json ndjson" -- "$cur"))
            fi
            return ;;
        --partition-by) return ;;
        --since) COMPREPLY=($(compgen -W "last" -- "$cur")); return ;;
        --encoding) COMPREPLY=($(compgen -W "auto UTF-8 CP949 EUC-KR UTF-16LE UTF-16BE" -- "$cur")); return ;;
        --header)
            [[ $command == import ]] && COMPREPLY=($(compgen -W "auto yes no" -- "$cur"))
            return ;;
        --on-error) COMPREPLY=($(compgen -W "abort skip" -- "$cur")); return ;;
        --mode)
            if [[ $command == publish ]]; then
                COMPREPLY=($(compgen -W "create append replace upsert" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "create append replace" -- "$cur"))
            fi
            return ;;
        --db | --to) COMPREPLY=($(compgen -W "$(_trendlens_connections)" -- "$cur")); return ;;
        --engine) COMPREPLY=($(compgen -W "auto columns sql" -- "$cur")); return ;;
        --scorer) COMPREPLY=($(compgen -W "lexicon dictionary command" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "auto ko en" -- "$cur")); return ;;
        --time-zone)
            local zones
            zones=$(cd /usr/share/zoneinfo 2>/dev/null && find . -type f -name '[A-Z]*' | sed 's|^\./||' | grep -v '^posix\|^right')
            COMPREPLY=($(compgen -W "UTC $zones" -- "$cur"))
            return ;;
        --dataset) COMPREPLY=($(compgen -W "$(_trendlens_datasets)" -- "$cur")); return ;;
        --out | --recipe) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --delimiter | --size | --scale | --timeout | --from | --to | --date | --pages | --world | \
            --category | --url | --records | --page-param | --filter | --max-tweets | \
            --duration | --base-url | --column | --into | --command | --every | --at | --now | \
            --schedule | --brokers | --topic | --group | --max-messages | --kafka-config | \
            --table | --key)
            return ;;
    esac

    local options=""
    case "$command" in
        import)
            options="--dataset --format --encoding --delimiter --header --on-error --mode --follow"
            if [[ $cur != -* ]]; then
                local extension
                for extension in csv tsv txt json ndjson jsonl CSV TSV JSON; do
                    COMPREPLY+=($(compgen -f -X "!*.$extension" -- "$cur"))
                done
                COMPREPLY+=($(compgen -d -- "$cur"))
                return
            fi ;;
        datasets) options="--json --db" ;;
        sql) options="--timeout --db" ;;
        export)
            options="--out --encoding --partition-by --format --gzip --since --time-zone"
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(_trendlens_datasets)" -- "$cur"))
                return
            fi ;;
        publish)
            options="--to --table --mode --key --since-run"
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(_trendlens_datasets)" -- "$cur"))
                return
            fi ;;
        connection)
            if ((COMP_CWORD == 2)); then
                COMPREPLY=($(compgen -W "add list remove test" -- "$cur"))
                return
            fi
            case "${COMP_WORDS[2]}" in
                add) options="--password-stdin" ;;
                list) options="--json" ;;
                remove | test)
                    if [[ $cur != -* ]]; then
                        COMPREPLY=($(compgen -W "$(_trendlens_connections)" -- "$cur"))
                        return
                    fi ;;
            esac ;;
        chart)
            options="--out --size --scale --engine --time-zone --db"
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
                return
            fi ;;
        score)
            options="--column --into --scorer --lang --command --rescore --timeout"
            if [[ $cur != -* ]]; then
                COMPREPLY=($(compgen -W "$(_trendlens_datasets)" -- "$cur"))
                return
            fi ;;
        schedule)
            if ((COMP_CWORD == 2)); then
                COMPREPLY=($(compgen -W "add list remove pause resume run run-due install" -- "$cur"))
                return
            fi
            case "${COMP_WORDS[2]}" in
                add) options="--every --at" ;;
                list) options="--json" ;;
                run | run-due) options="--now" ;;
                install) options="--systemd --cron" ;;
            esac ;;
        runs) options="--since --schedule --json" ;;
        health) options="--now" ;;
        demo) ;;
        fetch)
            if ((COMP_CWORD == 2)); then
                COMPREPLY=($(compgen -W "kobis-daily maple-ranking gmarket-best rest x-stream kafka" -- "$cur"))
                return
            fi
            options="--base-url"
            case "$source" in
                kobis-daily) options+=" --from --to --no-details" ;;
                maple-ranking) options+=" --date --pages --world" ;;
                gmarket-best) options+=" --category --recipe" ;;
                rest) options+=" --url --records --dataset --header --page-param --pages --recipe" ;;
                x-stream) options+=" --filter --max-tweets --duration" ;;
                kafka) options+=" --brokers --topic --group --from --dataset --max-messages --duration --kafka-config --on-error" ;;
            esac ;;
        *) return ;;
    esac
    COMPREPLY=($(compgen -W "$common $options" -- "$cur"))
}
complete -o filenames -F _trendlens trendlens
