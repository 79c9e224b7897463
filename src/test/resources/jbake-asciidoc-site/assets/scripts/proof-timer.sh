#!/bin/sh
# counts down a proof
sleep "${1:-3600}" && echo "shape the loaves"
