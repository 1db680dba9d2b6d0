/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "eap-modelled-method.h"

#include "wpa-crypto.h"

#include "ns3/abort.h"

#include <algorithm>

namespace ns3
{

namespace
{

/// \param label an ASCII label \param ns Ns \param np Np \return label || Ns || Np
std::vector<uint8_t>
LabelledNonces(const std::string& label,
               const std::vector<uint8_t>& ns,
               const std::vector<uint8_t>& np)
{
    std::vector<uint8_t> data(label.begin(), label.end());
    data.insert(data.end(), ns.begin(), ns.end());
    data.insert(data.end(), np.begin(), np.end());
    return data;
}

} // namespace

std::size_t
EapModelledMethod::MinRequestSize(std::size_t round, std::size_t rounds)
{
    return EAP_PREFIX + HEADER_SIZE + (round == 1 ? NONCE_SIZE : 0) +
           (round == rounds ? PROOF_SIZE : 0);
}

std::size_t
EapModelledMethod::MinResponseSize(std::size_t round, std::size_t rounds)
{
    return EAP_PREFIX + (round == 1 ? NONCE_SIZE : 0) + (round + 1 == rounds ? PROOF_SIZE : 0);
}

EapMethodProfile
EapModelledMethod::Effective(const EapMethodProfile& profile, std::size_t rounds)
{
    NS_ABORT_MSG_IF(rounds < MIN_ROUNDS || rounds > MAX_ROUNDS,
                    "the modelled EAP method needs 2..255 method rounds, not " << rounds);
    EapMethodProfile effective = profile.Resize(rounds);
    for (std::size_t i = 0; i < rounds; ++i)
    {
        effective.requestSizes[i] = static_cast<uint16_t>(
            std::max<std::size_t>(effective.requestSizes[i], MinRequestSize(i + 1, rounds)));
        effective.responseSizes[i] = static_cast<uint16_t>(
            std::max<std::size_t>(effective.responseSizes[i], MinResponseSize(i + 1, rounds)));
    }
    return effective;
}

std::vector<uint8_t>
EapModelledMethod::PasswordKey(const std::string& password, const std::string& identity)
{
    std::vector<uint8_t> key(password.begin(), password.end());
    std::string label = "wlc modelled EAP key";
    std::vector<uint8_t> data(label.begin(), label.end());
    data.insert(data.end(), identity.begin(), identity.end());
    return WpaCrypto::HmacSha1(key, data);
}

std::vector<uint8_t>
EapModelledMethod::ServerProof(const std::vector<uint8_t>& key,
                               const std::vector<uint8_t>& ns,
                               const std::vector<uint8_t>& np)
{
    return WpaCrypto::HmacSha1(key, LabelledNonces("server", ns, np));
}

std::vector<uint8_t>
EapModelledMethod::PeerProof(const std::vector<uint8_t>& key,
                             const std::vector<uint8_t>& ns,
                             const std::vector<uint8_t>& np)
{
    return WpaCrypto::HmacSha1(key, LabelledNonces("peer", ns, np));
}

std::vector<uint8_t>
EapModelledMethod::Msk(const std::vector<uint8_t>& key,
                       const std::vector<uint8_t>& ns,
                       const std::vector<uint8_t>& np)
{
    return WpaCrypto::Prf(key, "wlc modelled EAP MSK", LabelledNonces("", ns, np), MSK_SIZE * 8);
}

} // namespace ns3
