#!/usr/bin/env bash
# Makes a classroom's HTTPS certificate: a local certificate authority (kept and reused, so a
# device trusts it once) and a server certificate it signs for localhost, this machine's name
# (and name.local) and its LAN IPv4 addresses, plus any names or addresses given as arguments.
# Output in ./data/tls (or $VOCAXR_TLS_DIR): ca.crt to install on devices, server.crt and
# server.key for TLS_CERT / TLS_KEY. Keys are 0600. Needs openssl and node. See docs/https.md.
set -euo pipefail

out="${VOCAXR_TLS_DIR:-./data/tls}"
umask 077
mkdir -p "$out"
chmod 700 "$out"

command -v openssl >/dev/null || { echo "openssl is needed (apt-get install openssl / brew install openssl)" >&2; exit 1; }
command -v node >/dev/null || { echo "node is needed (it finds this machine's LAN addresses)" >&2; exit 1; }

host="$(node -p "require('os').hostname().toLowerCase()")"
short="${host%%.*}"
# (No mapfile or associative arrays: macOS still ships bash 3.2.)
lan_ips=($(node -e "
  for (const list of Object.values(require('os').networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) console.log(a.address);"))

dns=(localhost "$host" "$host.local" "$short" "$short.local")
ips=(127.0.0.1 ${lan_ips[@]+"${lan_ips[@]}"})
for extra in "$@"; do
  if [[ "$extra" =~ ^[0-9.]+$ || "$extra" == *:* ]]; then ips+=("$extra"); else dns+=("$extra"); fi
done

san=","
add_san() { case "$san" in *",$1,"*) ;; *) san="$san$1," ;; esac; }
for name in "${dns[@]}"; do [ -n "$name" ] && add_san "DNS:$name"; done
for ip in "${ips[@]}"; do [ -n "$ip" ] && add_san "IP:$ip"; done
san="${san#,}"
san="${san%,}"

if [[ ! -f "$out/ca.key" || ! -f "$out/ca.crt" ]]; then
  echo "--- making the classroom CA (10 years): $out/ca.crt"
  openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
    -keyout "$out/ca.key" -out "$out/ca.crt" \
    -subj "/CN=VocaXR classroom CA ($host)/O=VocaXR" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
else
  echo "--- reusing the classroom CA: $out/ca.crt (devices that trust it keep trusting it)"
fi

echo "--- making the server certificate (825 days) for: ${san//,/, }"
openssl req -newkey rsa:2048 -nodes -sha256 -keyout "$out/server.key" -out "$out/server.csr" \
  -subj "/CN=$host/O=VocaXR" 2>/dev/null
ext="$(mktemp)"
trap 'rm -f "$ext" "$out/server.csr"' EXIT
cat > "$ext" <<CONF
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=$san
CONF
openssl x509 -req -in "$out/server.csr" -CA "$out/ca.crt" -CAkey "$out/ca.key" -CAcreateserial \
  -sha256 -days 825 -extfile "$ext" -out "$out/server.crt" 2>/dev/null
chmod 600 "$out/ca.key" "$out/server.key"
chmod 644 "$out/ca.crt" "$out/server.crt"

first_ip="${lan_ips[0]:-<LAN-address>}"
cat <<NEXT

Done. Files in $out:
  ca.crt      the classroom CA: install it on each device that opens VocaXR (docs/https.md)
  ca.key      the CA's private key: keep it here (0600), never copy it anywhere
  server.crt  server.key   the server's certificate and key

Next:
  1. Start VocaXR on the network with HTTPS:
       HOST=0.0.0.0 PORT=8443 TLS_CERT=$out/server.crt TLS_KEY=$out/server.key npm start
     (demo accounts stay off on the network unless you add VOCAXR_DEMO=1)
  2. Install $out/ca.crt as a trusted CA on each headset, phone or PC (docs/https.md).
  3. Open https://$first_ip:8443/ (or https://$short.local:8443/) on the device.
The server certificate names: ${san//,/, }
Run this again when the machine's address changes; the CA is kept, so devices need nothing new.
NEXT
